package dev.hotline.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The question each user last had answered in each channel, for a while, so that a follow-up
 * ("when did it end?") can be read as about it.
 */
final class Conversations {
  /** How long a question stays the one a follow-up refers to: a pause in talk, not a day's. */
  static final Duration LIFETIME = Duration.ofMinutes(15);

  private static final int MAX_ENTRIES = 20_000;

  private final Clock clock;
  private final Map<String, Asked> lastAsked =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Asked> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  Conversations(Clock clock) {
    this.clock = clock;
  }

  private record Asked(String question, Instant expires) {}

  synchronized void answered(ChatUser user, ChatPlace place, String question) {
    lastAsked.put(key(user, place), new Asked(question, clock.instant().plus(LIFETIME)));
  }

  /** The question {@code user} last had answered at {@code place}, if it is recent. */
  synchronized Optional<String> lastAnswered(ChatUser user, ChatPlace place) {
    String key = key(user, place);
    Asked asked = lastAsked.get(key);
    if (asked == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(asked.expires())) {
      lastAsked.remove(key);
      return Optional.empty();
    }
    return Optional.of(asked.question());
  }

  private static String key(ChatUser user, ChatPlace place) {
    return place.settingsKey() + "/" + place.channelId() + "/" + user.id();
  }
}
