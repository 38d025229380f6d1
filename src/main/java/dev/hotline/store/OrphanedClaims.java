package dev.hotline.store;

import static dev.hotline.store.Sql.update;

import dev.hotline.chat.Platform;
import dev.hotline.daily.DeliveryState;
import java.time.Instant;
import java.util.Set;

/**
 * Claims left by processes that died while sending, found by their claimant having no live lease.
 * Where the platform drops a repeated post by its idempotency key (Discord's nonce), the claim is
 * released to be sent again with the same key, so the post is made exactly once; elsewhere it is
 * marked unconfirmed and not sent again, so it is never made twice.
 */
final class OrphanedClaims {
  private static final String DEAD_CLAIMANT =
      "state = ? AND (claimed_by IS NULL OR claimed_by NOT IN"
          + " (SELECT id FROM processes WHERE expires_at > ?))"
          + " AND subscription_id IN (SELECT id FROM subscriptions WHERE platform = ?)";

  private final Database database;
  private final Set<Platform> resendable;

  /**
   * @param resendable platforms that drop a repeated post by its idempotency key
   */
  OrphanedClaims(Database database, Set<Platform> resendable) {
    this.database = database;
    this.resendable = Set.copyOf(resendable);
  }

  /** Releases or closes every claim whose claimant is not alive at {@code now}; how many. */
  int settle(Instant now) {
    return database.inTransaction(
        c -> {
          int settled = 0;
          for (Platform platform : Platform.values()) {
            long at = now.toEpochMilli();
            settled +=
                resendable.contains(platform)
                    ? update(
                        c,
                        "UPDATE deliveries SET state = ?, retry_at = ?, detail = ? WHERE "
                            + DEAD_CLAIMANT,
                        DeliveryState.RETRY.name(),
                        at,
                        "the process sending it stopped; sent again with the same key",
                        DeliveryState.CLAIMED.name(),
                        at,
                        platform.name())
                    : update(
                        c,
                        "UPDATE deliveries SET state = ?, finished_at = ?, detail = ? WHERE "
                            + DEAD_CLAIMANT,
                        DeliveryState.UNCONFIRMED.name(),
                        at,
                        "the process sending it stopped; not sent again",
                        DeliveryState.CLAIMED.name(),
                        at,
                        platform.name());
          }
          return settled;
        });
  }
}
