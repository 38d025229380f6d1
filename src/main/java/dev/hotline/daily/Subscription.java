package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A chat place's daily post or daily quiz: when (a local time in a zone), whether it is on, and why
 * Hotline stopped it if it did.
 *
 * @param effectiveFrom when this schedule was set: posts due before it are not made, so a
 *     subscription made at noon for 09:00 starts tomorrow
 * @param revision grows with every change, so a post planned from an older revision is not claimed
 */
public record Subscription(
    long id,
    DailyFeature feature,
    ChatPlace place,
    LocalTime time,
    ZoneId zone,
    boolean active,
    Optional<String> disabledReason,
    Instant effectiveFrom,
    int revision,
    Optional<Instant> lastPostedAt) {

  /**
   * The key that names a place's subscription to {@code feature}: its {@link #placeKey}, prefixed
   * for a daily quiz so that a place can have both.
   */
  public static String key(DailyFeature feature, ChatPlace place) {
    return feature == DailyFeature.DAY_POST ? placeKey(place) : "quiz/" + placeKey(place);
  }

  /** The key that names {@code place} among subscriptions, unique across platforms. */
  public static String placeKey(ChatPlace place) {
    return place.platform().name().toLowerCase(Locale.ROOT)
        + ":"
        + (place.direct() ? "dm" : place.serverId())
        + ":"
        + place.channelId();
  }
}
