package dev.hotline.telegram;

/**
 * Remembers which updates were taken, so that one Telegram delivers twice — a webhook delivery it
 * did not see answered, sent again, perhaps to another process behind the load balancer — is
 * handled once.
 */
@FunctionalInterface
public interface UpdateLedger {
  /** Takes update {@code updateId}; false when it was taken before (by any process). */
  boolean take(long updateId);
}
