package dev.hotline.daily;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link DailyScheduler} in production: one thread that ticks it (and whatever else runs
 * on the clock beside it, such as revealing quizzes), then sleeps until the next tick is worth
 * making (at least a quarter second, at most half a minute, so a new subscription is seen within
 * that), or until {@link #wake()}. Tests tick the scheduler themselves and never use this.
 */
public final class DailyRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DailyRunner.class);
  static final Duration MIN_SLEEP = Duration.ofMillis(250);
  static final Duration MAX_SLEEP = Duration.ofSeconds(30);

  /** Stands in for "never", so that durations do not overflow. */
  private static final Instant FAR = Instant.parse("9999-01-01T00:00:00Z");

  private final DailyScheduler scheduler;
  private final List<Supplier<Instant>> others;
  private final Clock clock;
  private final Object sleeping = new Object();
  private volatile boolean stopping;
  private boolean woken; // guarded by sleeping
  private Thread thread;

  public DailyRunner(DailyScheduler scheduler, Clock clock) {
    this(scheduler, List.of(), clock);
  }

  /**
   * Ticks {@code others} too, after the scheduler; each does what is due and says when it next has
   * something to do.
   */
  public DailyRunner(DailyScheduler scheduler, List<Supplier<Instant>> others, Clock clock) {
    this.scheduler = scheduler;
    this.others = List.copyOf(others);
    this.clock = clock;
  }

  /**
   * Ticks now rather than at the next planned time: something new is due sooner than the runner may
   * think (a quiz just opened), or the posts this process should make have changed (another process
   * sharing the database stopped, so its posts may be this one's).
   */
  public void wake() {
    synchronized (sleeping) {
      woken = true;
      sleeping.notifyAll();
    }
  }

  /**
   * Recovers from the last stop, then ticks the scheduler on a thread of its own until {@link
   * #close}.
   */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    scheduler.recoverAfterRestart();
    thread = new Thread(this::run, "hotline-daily-posts");
    thread.start();
  }

  private void run() {
    while (!stopping) {
      Instant next = FAR;
      try {
        next = earliest(next, scheduler.tick().nextTick());
      } catch (RuntimeException e) {
        LOG.error("Daily posts: a tick failed; trying again in {} s", MAX_SLEEP.toSeconds(), e);
      }
      for (Supplier<Instant> other : others) {
        try {
          next = earliest(next, other.get());
        } catch (RuntimeException e) {
          LOG.error("A timed task failed; trying again in {} s", MAX_SLEEP.toSeconds(), e);
        }
      }
      Duration sleep = clamp(Duration.between(clock.instant(), next));
      synchronized (sleeping) {
        if (stopping) {
          return;
        }
        try {
          if (!woken) {
            sleeping.wait(Math.max(1, sleep.toMillis()));
          }
          woken = false;
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static Duration clamp(Duration wait) {
    if (wait.compareTo(MIN_SLEEP) < 0) {
      return MIN_SLEEP;
    }
    return wait.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : wait;
  }

  /**
   * Stops ticking. Not by interrupting: a post being sent finishes and its outcome is recorded, so
   * it is neither lost nor left unconfirmed.
   */
  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    synchronized (sleeping) {
      stopping = true;
      sleeping.notifyAll();
    }
    try {
      thread.join(Duration.ofMinutes(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }
}
