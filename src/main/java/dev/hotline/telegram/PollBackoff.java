package dev.hotline.telegram;

import dev.hotline.chat.Backoff;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The library's wait after a failed poll, as Hotline's {@link Backoff}: it never gives up (the
 * library's own stops after a while, and its poll loop then dies with an exception).
 */
final class PollBackoff implements BackOff {
  private final Backoff backoff;
  private int failures;

  PollBackoff(Backoff backoff) {
    this.backoff = backoff;
  }

  @Override
  public synchronized void reset() {
    failures = 0;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    failures = Math.min(failures + 1, 64); // far past the cap; keeps the count from overflowing
    return backoff.delay(failures).toMillis();
  }
}
