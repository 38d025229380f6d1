package dev.hotline.app;

import dev.hotline.store.SqlLeases;
import dev.hotline.telegram.PollingTurn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram polling turn of one bot, kept in the shared database: the process holding it renews
 * it every third of its length; once it has not been renewed for the whole length (the process
 * died, or lost the database), another takes it. Its holder stops polling a third of the length
 * before the turn would run out unrenewed, so two processes do not poll at once. The turn's mark is
 * the last update taken, moved only by the holder.
 */
final class TelegramPollerTurn implements PollingTurn, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramPollerTurn.class);
  private static final Duration WARN_EVERY = Duration.ofMinutes(1);

  private final SqlLeases leases;
  private final String name;
  private final String holder;
  private final Clock clock;
  private final Duration length;
  private final Object monitor = new Object();
  private Instant heldUntil = Instant.EPOCH; // guarded by monitor
  private long mark; // guarded by monitor
  private Instant lastWarned = Instant.MIN;
  private ScheduledExecutorService ticker;

  /**
   * @param botToken the bot's token; only its public part, the bot's id, names the turn
   * @param holder this process's id
   */
  TelegramPollerTurn(
      SqlLeases leases, String botToken, String holder, Clock clock, Duration length) {
    this.leases = leases;
    this.name = "telegram-poller:" + botId(botToken);
    this.holder = holder;
    this.clock = clock;
    this.length = length;
  }

  /** A token is {@code <bot id>:<secret>}; the id alone tells bots apart and is no secret. */
  static String botId(String token) {
    int colon = token.indexOf(':');
    return colon > 0 ? token.substring(0, colon) : Integer.toHexString(token.hashCode());
  }

  /** Takes or renews the turn now, and from now on every third of its length. */
  synchronized void start() {
    if (ticker != null) {
      return;
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "hotline-telegram-turn");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleWithFixedDelay(
        this::tick, 0, Math.max(100, length.toMillis() / 3), TimeUnit.MILLISECONDS);
  }

  /** Takes the turn if it is free or ran out, renews it if it is this process's. */
  void tick() {
    Instant now = clock.instant();
    OptionalLong taken;
    try {
      taken = leases.take(name, holder, now, length);
    } catch (RuntimeException e) {
      warn("could not renew the Telegram polling turn: " + e.getMessage(), now);
      return; // a turn held lapses by itself: held() turns false before another can take it
    }
    synchronized (monitor) {
      boolean before = heldAt(now);
      if (taken.isPresent()) {
        heldUntil = now.plus(length);
        mark = Math.max(mark, taken.getAsLong());
        if (!before) {
          LOG.info("Telegram: this process polls for updates now (after update {})", mark);
        }
        monitor.notifyAll();
      } else {
        if (before) {
          LOG.info("Telegram: another process polls for updates now");
        }
        heldUntil = Instant.EPOCH;
      }
    }
  }

  @Override
  public boolean held() {
    synchronized (monitor) {
      return heldAt(clock.instant());
    }
  }

  /** Held, with a third of the length to spare, so polling stops before another may start. */
  private boolean heldAt(Instant now) {
    return now.isBefore(heldUntil.minus(length.dividedBy(3)));
  }

  @Override
  public boolean await(Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (monitor) {
      while (!heldAt(clock.instant())) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(monitor, remaining);
      }
      return true;
    }
  }

  @Override
  public long nextOffset(long libraryOffset) {
    synchronized (monitor) {
      return Math.max(libraryOffset, mark + 1);
    }
  }

  @Override
  public OptionalLong take(long highestUpdateId) {
    synchronized (monitor) {
      Instant now = clock.instant();
      if (!heldAt(now)) {
        return OptionalLong.empty();
      }
      long before = mark;
      if (highestUpdateId <= before) {
        return OptionalLong.of(before);
      }
      boolean advanced;
      try {
        advanced = leases.advance(name, holder, highestUpdateId, now);
      } catch (RuntimeException e) {
        warn("could not record the Telegram updates taken: " + e.getMessage(), now);
        advanced = false;
      }
      if (!advanced) {
        heldUntil = Instant.EPOCH; // not ours any more, or not provably: leave them to the holder
        return OptionalLong.empty();
      }
      mark = highestUpdateId;
      return OptionalLong.of(before);
    }
  }

  /** Stops renewing and gives the turn up, so that another process polls at once. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    synchronized (monitor) {
      heldUntil = Instant.EPOCH;
    }
    try {
      leases.release(name, holder);
    } catch (RuntimeException e) {
      LOG.warn("could not give up the Telegram polling turn: {}", e.getMessage());
    }
  }

  private void warn(String message, Instant now) {
    if (now.isAfter(lastWarned.plus(WARN_EVERY))) {
      lastWarned = now;
      LOG.warn(message);
    }
  }
}
