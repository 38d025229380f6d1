package dev.hotline.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting on a latch from code that cannot throw, such as a handler a test hands to the code. */
public final class Latches {
  private Latches() {}

  /**
   * Waits until {@code latch} opens or {@code limit} passes; an interrupt ends the wait and stays
   * set for the caller to see.
   */
  public static void awaitQuietly(CountDownLatch latch, Duration limit) {
    try {
      latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
