package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DayCard;

/**
 * Posts a day card to one platform; each adapter provides one and the composition root registers it
 * with the {@link DailyScheduler}.
 *
 * <p>A poster returns {@link PostOutcome.RetryLater} only when the platform surely did not post;
 * when it cannot tell (a timeout after sending), it throws or returns {@link PostOutcome.Sent}, and
 * the post is not tried again: daily posts are sent at most once.
 */
public interface DayPoster {
  /**
   * Posts {@code card} at {@code place}.
   *
   * @param idempotencyKey the same for every attempt at this subscription's post for this local
   *     day, at most 25 ASCII characters (e.g. {@code 17-20261127}), so that a platform that
   *     deduplicates by key (Discord's message nonce with {@code enforce_nonce}) drops a repeated
   *     attempt
   */
  PostOutcome post(ChatPlace place, DayCard card, String idempotencyKey);
}
