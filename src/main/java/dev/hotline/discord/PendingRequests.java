package dev.hotline.discord;

import java.time.Duration;
import java.util.function.Consumer;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * The REST requests Hotline has queued and Discord has not yet answered, so that closing the
 * adapter can wait for replies already on their way instead of cutting them off.
 */
final class PendingRequests {
  private int pending;

  /** Queues {@code action}; {@code onFailure} hears of a refusal. */
  <T> void queue(RestAction<T> action, Consumer<Throwable> onFailure) {
    started();
    try {
      action.queue(
          result -> finished(),
          failure -> {
            try {
              onFailure.accept(failure);
            } finally {
              finished();
            }
          });
    } catch (RuntimeException e) {
      finished();
      throw e;
    }
  }

  /** Waits until nothing is pending, or the time is up; returns whether nothing is. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private synchronized void started() {
    pending++;
  }

  private synchronized void finished() {
    pending--;
    notifyAll();
  }
}
