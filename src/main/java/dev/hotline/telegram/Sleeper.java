package dev.hotline.telegram;

import java.time.Duration;

/** Waits; injected so that tests of pacing and retries move a fake clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the calling thread. */
  static Sleeper system() {
    return Thread::sleep;
  }
}
