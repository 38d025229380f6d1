package dev.hotline.telegram.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Keeps every call in arrival order and lets a test wait for one that matches. */
final class CallRecorder {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition recorded = lock.newCondition();
  private final List<RecordedCall> calls = new ArrayList<>();

  void record(RecordedCall call) {
    lock.lock();
    try {
      calls.add(call);
      recorded.signalAll();
    } finally {
      lock.unlock();
    }
  }

  List<RecordedCall> all() {
    lock.lock();
    try {
      return List.copyOf(calls);
    } finally {
      lock.unlock();
    }
  }

  List<RecordedCall> of(String method) {
    return all().stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
  }

  /**
   * Returns the first matching call, recorded before or during the wait, or fails after {@code
   * timeout}.
   */
  RecordedCall await(String method, Predicate<? super RecordedCall> condition, Duration timeout) {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      int checked = 0;
      while (true) {
        for (; checked < calls.size(); checked++) {
          RecordedCall call = calls.get(checked);
          if (call.method().equalsIgnoreCase(method) && condition.test(call)) {
            return call;
          }
        }
        if (remaining <= 0) {
          throw new AssertionError(
              "No matching "
                  + method
                  + " call within "
                  + timeout
                  + "; "
                  + method
                  + " calls: "
                  + of(method));
        }
        remaining = recorded.awaitNanos(remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + method, e);
    } finally {
      lock.unlock();
    }
  }
}
