package dev.hotline.daily;

import java.time.Duration;

/** What a platform did with a daily post. */
public sealed interface PostOutcome {
  /** Posted. */
  record Sent() implements PostOutcome {}

  /**
   * Not posted, and surely not (a rate limit, the platform briefly down before it took the
   * message): try again after {@code after}, with the same idempotency key, on the same local day
   * only.
   */
  record RetryLater(Duration after, String why) implements PostOutcome {}

  /**
   * Hotline can no longer post there (channel deleted, bot removed or blocked, permission missing);
   * {@code reason} is shown to moderators in the daily status.
   */
  record Gone(String reason) implements PostOutcome {}

  static PostOutcome sent() {
    return new Sent();
  }

  static PostOutcome retryLater(Duration after, String why) {
    return new RetryLater(after, why);
  }

  static PostOutcome gone(String reason) {
    return new Gone(reason);
  }
}
