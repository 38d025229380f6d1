package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DayCard;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A poster that remembers what it was asked to post, and answers as a test tells it to. */
final class RecordingPoster implements DayPoster {
  /** One post as the platform would have received it. */
  record Post(ChatPlace place, DayCard card, String key, Instant at) {}

  private final Clock clock;
  private final List<Post> posts = new ArrayList<>();
  private Function<ChatPlace, PostOutcome> outcome = place -> PostOutcome.sent();

  RecordingPoster(Clock clock) {
    this.clock = clock;
  }

  /** From now on, answers each post with what {@code outcome} says for its place. */
  void answer(Function<ChatPlace, PostOutcome> outcome) {
    this.outcome = outcome;
  }

  @Override
  public synchronized PostOutcome post(ChatPlace place, DayCard card, String idempotencyKey) {
    posts.add(new Post(place, card, idempotencyKey, clock.instant()));
    return outcome.apply(place);
  }

  synchronized List<Post> posts() {
    return List.copyOf(posts);
  }

  synchronized List<String> keys() {
    return posts.stream().map(Post::key).toList();
  }

  synchronized void clear() {
    posts.clear();
  }
}
