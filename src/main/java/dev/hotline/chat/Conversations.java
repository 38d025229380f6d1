package dev.hotline.chat;

import dev.hotline.answer.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the question each user last had answered in each channel was about, for a while, so that
 * a follow-up ("when did it end?") can be read as about it.
 */
final class Conversations {
  /** How long a question stays the one a follow-up refers to: a pause in talk, not a day's. */
  static final Duration LIFETIME = Duration.ofMinutes(15);

  private static final int MAX_ENTRIES = 20_000;

  private final Clock clock;
  private final Map<String, Asked> lastAsked = new LeastRecentlyUsed<>(MAX_ENTRIES);

  Conversations(Clock clock) {
    this.clock = clock;
  }

  private record Asked(Topic topic, Instant expires) {}

  synchronized void answered(ChatUser user, ChatPlace place, Topic topic) {
    lastAsked.put(key(user, place), new Asked(topic, clock.instant().plus(LIFETIME)));
  }

  /** What {@code user}'s last answered question at {@code place} was about, if it is recent. */
  synchronized Optional<Topic> lastAnswered(ChatUser user, ChatPlace place) {
    String key = key(user, place);
    Asked asked = lastAsked.get(key);
    if (asked == null) {
      return Optional.empty();
    }
    if (clock.instant().isAfter(asked.expires())) {
      lastAsked.remove(key);
      return Optional.empty();
    }
    return Optional.of(asked.topic());
  }

  private static String key(ChatUser user, ChatPlace place) {
    return place.settingsKey() + "/" + place.channelId() + "/" + user.id();
  }
}
