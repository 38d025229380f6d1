package dev.hotline.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;

/**
 * Telegram sends an inline query at almost every keystroke. The desk waits for typing to settle and
 * answers only a user's latest query; one that meets the asker's cooldown is tried again each
 * second while Telegram still accepts an answer, unless a newer query has replaced it.
 */
final class InlineQueryDesk {

  private static final Logger LOG = LoggerFactory.getLogger(InlineQueryDesk.class);

  static final Duration SETTLE = Duration.ofMillis(400);
  static final Duration RETRY = Duration.ofSeconds(1);

  /** Telegram refuses answers to queries older than about ten seconds. */
  static final int MAX_ATTEMPTS = 8;

  /** Answers one query; false when it cannot yet (the asker's cooldown). */
  interface Answerer {
    boolean tryAnswer(InlineQuery query);
  }

  private final ScheduledExecutorService timer;
  private final Executor workers;
  private final Duration settle;
  private final Duration retry;
  private final Answerer answerer;
  private final Map<Long, String> latestByUser = new ConcurrentHashMap<>();

  InlineQueryDesk(
      ScheduledExecutorService timer,
      Executor workers,
      Duration settle,
      Duration retry,
      Answerer answerer) {
    this.timer = timer;
    this.workers = workers;
    this.settle = settle;
    this.retry = retry;
    this.answerer = answerer;
  }

  void offer(InlineQuery query) {
    latestByUser.put(query.getFrom().getId(), query.getId());
    later(query, settle, 1);
  }

  private void attempt(InlineQuery query, int attempt) {
    long user = query.getFrom().getId();
    if (!query.getId().equals(latestByUser.get(user))) {
      return; // typing went on; the newer query will be answered instead
    }
    if (answerer.tryAnswer(query) || attempt == MAX_ATTEMPTS) {
      latestByUser.remove(user, query.getId());
      return;
    }
    later(query, retry, attempt + 1);
  }

  private void later(InlineQuery query, Duration delay, int attempt) {
    try {
      // The timer thread only hands over: answering searches the index, which is the workers' job.
      timer.schedule(
          () -> workers.execute(() -> attemptSafely(query, attempt)),
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("Inline query {} arrived while stopping; not answered", query.getId());
    }
  }

  private void attemptSafely(InlineQuery query, int attempt) {
    try {
      attempt(query, attempt);
    } catch (RuntimeException e) {
      LOG.error("Answering inline query {} failed", query.getId(), e);
    }
  }
}
