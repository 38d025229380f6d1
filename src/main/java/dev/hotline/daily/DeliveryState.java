package dev.hotline.daily;

/** Where one subscription's post for one local day stands in the delivery log. */
public enum DeliveryState {
  /** Claimed before sending; not yet confirmed. A claim is never sent again. */
  CLAIMED,
  SENT,
  /**
   * The platform said it did not post and to try later; re-claimed when its time comes, that day
   * only.
   */
  RETRY,
  /**
   * The place is gone (channel deleted, bot removed, permission missing); the subscription is
   * disabled.
   */
  GONE,
  /**
   * The poster failed in a way that may or may not have posted, or retries ran out: not tried
   * again.
   */
  FAILED,
  /**
   * Claimed by a process that stopped before it knew the outcome: not sent again (at most once).
   */
  UNCONFIRMED,
  /** There was nothing to post for that day. */
  SKIPPED
}
