package dev.hotline.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before trying a platform again: doubling from {@code first} after each failure
 * in a row, never more than {@code max}, for as long as it takes.
 */
public record Backoff(Duration first, Duration max) {
  /** One second, doubling up to half a minute: a platform back up is noticed within 30 s. */
  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
    }
  }

  /** The wait after {@code failures} failures in a row (1 for the first). */
  public Duration delay(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures start at 1: " + failures);
    }
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) < 0 ? delay : max;
  }
}
