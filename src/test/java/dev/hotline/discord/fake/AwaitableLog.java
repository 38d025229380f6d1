package dev.hotline.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A thread-safe append-only list that a test can wait on until an entry matches. */
final class AwaitableLog<T> {
  private final List<T> entries = new ArrayList<>();
  private final String what;

  AwaitableLog(String what) {
    this.what = what;
  }

  synchronized void add(T entry) {
    entries.add(entry);
    notifyAll();
  }

  synchronized List<T> snapshot() {
    return List.copyOf(entries);
  }

  /** The first entry, old or new, that matches; fails the test if none comes in time. */
  synchronized T await(Predicate<? super T> matcher, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < entries.size(); checked++) {
        if (matcher.test(entries.get(checked))) {
          return entries.get(checked);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("No matching " + what + " within " + timeout + "; got " + entries);
      }
      try {
        // Waits on the log's monitor, woken by add(): no polling on wall time.
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }
}
