package dev.hotline.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Daily "on this day" posts that moderators turn on and off per chat place; kept and sent outside
 * the chat layer.
 */
public interface Subscriptions {
  /**
   * Starts daily posts at {@code place} at {@code time} in {@code zone}, or moves them to that
   * time.
   */
  SubscriptionStatus subscribe(ChatPlace place, LocalTime time, ZoneId zone);

  /** Stops the daily posts at {@code place}; empty when there were none. */
  Optional<SubscriptionStatus> unsubscribe(ChatPlace place);

  /** The daily posts at {@code place}, on or off; empty when they were never turned on there. */
  Optional<SubscriptionStatus> status(ChatPlace place);

  /**
   * Starts {@code feature} at {@code place} at {@code time} in {@code zone}, or moves it to that
   * time. Only daily posts unless overridden.
   */
  default SubscriptionStatus subscribe(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone) {
    if (feature != DailyFeature.DAY_POST) {
      throw new UnsupportedOperationException(feature + " is not offered here");
    }
    return subscribe(place, time, zone);
  }

  /** Stops {@code feature} at {@code place}; empty when it was never on there. */
  default Optional<SubscriptionStatus> unsubscribe(DailyFeature feature, ChatPlace place) {
    return feature == DailyFeature.DAY_POST ? unsubscribe(place) : Optional.empty();
  }

  /** {@code feature} at {@code place}, on or off; empty when it was never turned on there. */
  default Optional<SubscriptionStatus> status(DailyFeature feature, ChatPlace place) {
    return feature == DailyFeature.DAY_POST ? status(place) : Optional.empty();
  }

  /** Whether daily posts exist at all where this runs (not in the console). */
  default boolean offered() {
    return true;
  }

  /** For places with no daily posts (the console): commands about them are answered "not here". */
  Subscriptions NONE =
      new Subscriptions() {
        @Override
        public SubscriptionStatus subscribe(ChatPlace place, LocalTime time, ZoneId zone) {
          throw new UnsupportedOperationException("daily posts are not offered here");
        }

        @Override
        public Optional<SubscriptionStatus> unsubscribe(ChatPlace place) {
          return Optional.empty();
        }

        @Override
        public Optional<SubscriptionStatus> status(ChatPlace place) {
          return Optional.empty();
        }

        @Override
        public boolean offered() {
          return false;
        }
      };
}
