package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InlineQueryDeskTest {

  private static final Duration SETTLE = Duration.ofMillis(50);
  private static final Duration RETRY = Duration.ofMillis(10);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<String> attempts = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void onlyAUsersLatestQueryIsAnswered() throws InterruptedException {
    InlineQueryDesk desk = desk(query -> attempts.add(query.getId()));

    desk.offer(Updates.inlineQuery("1", 1962, "when"));
    desk.offer(Updates.inlineQuery("2", 1962, "when did"));
    desk.offer(Updates.inlineQuery("3", 1962, "when did the wall fall"));
    desk.offer(Updates.inlineQuery("4", 1963, "sputnik"));
    settle();

    assertThat(attempts).containsExactlyInAnyOrder("3", "4");
  }

  @Test
  void aQueryThatMeetsACooldownIsTriedAgainUntilItIsAnswered() throws InterruptedException {
    AtomicInteger refusals = new AtomicInteger(2);
    InlineQueryDesk desk =
        desk(query -> attempts.add(query.getId()) && refusals.getAndDecrement() <= 0);

    desk.offer(Updates.inlineQuery("1", 1962, "when did the wall fall"));
    settle();

    assertThat(attempts).containsExactly("1", "1", "1");
  }

  @Test
  void aQueryIsGivenUpWhenTelegramWouldNoLongerTakeTheAnswer() throws InterruptedException {
    InlineQueryDesk desk = desk(query -> !attempts.add(query.getId()));

    desk.offer(Updates.inlineQuery("1", 1962, "when did the wall fall"));
    settle();

    assertThat(attempts).hasSize(InlineQueryDesk.MAX_ATTEMPTS);
  }

  private InlineQueryDesk desk(InlineQueryDesk.Answerer answerer) {
    return new InlineQueryDesk(timer, Runnable::run, SETTLE, RETRY, answerer);
  }

  // Waits for the timer to run everything scheduled, retries included.
  private void settle() throws InterruptedException {
    Thread.sleep(SETTLE.plus(RETRY.multipliedBy(InlineQueryDesk.MAX_ATTEMPTS)).toMillis() + 200);
    timer.shutdown();
    assertThat(timer.awaitTermination(2, TimeUnit.SECONDS)).isTrue();
  }
}
