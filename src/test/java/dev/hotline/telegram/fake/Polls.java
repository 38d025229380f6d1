package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The polls the bot sent, with their votes: a closed poll or a second vote in a quiz is refused, as
 * Telegram's clients refuse them, and closing follows {@code open_period} on the fake's clock.
 */
final class Polls {

  /** One poll as Telegram keeps it: the JSON it shows and who voted for what. */
  private static final class Poll {
    private final ObjectNode json;
    private final Instant closesAt;
    private final Map<Long, Integer> votes = new ConcurrentHashMap<>();

    private Poll(ObjectNode json, Instant closesAt) {
      this.json = json;
      this.closesAt = closesAt;
    }
  }

  private final AtomicLong lastId = new AtomicLong(5_000_000_000_000_000_000L);
  private final Map<String, Poll> polls = new ConcurrentHashMap<>();
  private final Clock clock;

  Polls(Clock clock) {
    this.clock = clock;
  }

  String nextId() {
    return Long.toString(lastId.incrementAndGet());
  }

  /** Keeps a poll just sent; {@code closesAt} is null for a poll open until stopped. */
  void add(ObjectNode poll, Instant closesAt) {
    polls.put(poll.get("id").asText(), new Poll(poll.deepCopy(), closesAt));
  }

  /** The poll as it stands now, votes counted and closed if its time is up. */
  synchronized Optional<ObjectNode> find(String id) {
    Poll poll = polls.get(id);
    if (poll == null) {
      return Optional.empty();
    }
    ObjectNode json = poll.json.deepCopy();
    json.put("is_closed", closed(poll));
    ArrayNode options = (ArrayNode) json.get("options");
    for (int i = 0; i < options.size(); i++) {
      int option = i;
      ((ObjectNode) options.get(i))
          .put("voter_count", poll.votes.values().stream().filter(v -> v == option).count());
    }
    json.put("total_voter_count", poll.votes.size());
    return Optional.of(json);
  }

  /**
   * Records {@code userId}'s vote; fails as a Telegram client would not let it happen: an unknown
   * or closed poll, an anonymous one (no poll_answer is sent for those), a second vote in a quiz,
   * an option that does not exist.
   */
  synchronized void vote(String pollId, long userId, int option) {
    Poll poll = polls.get(pollId);
    if (poll == null) {
      throw new IllegalArgumentException("The fake sent no poll " + pollId);
    }
    if (closed(poll)) {
      throw new IllegalStateException("Poll " + pollId + " is closed: Telegram takes no vote");
    }
    if (poll.json.path("is_anonymous").asBoolean(true)) {
      throw new IllegalStateException("Poll " + pollId + " is anonymous: no poll_answer is sent");
    }
    if (option < 0 || option >= poll.json.get("options").size()) {
      throw new IllegalArgumentException("Poll " + pollId + " has no option " + option);
    }
    if (poll.votes.putIfAbsent(userId, option) != null
        && "quiz".equals(poll.json.path("type").asText())) {
      throw new IllegalStateException("User " + userId + " already answered quiz " + pollId);
    }
  }

  /** stopPoll: closes it for good. */
  synchronized Optional<ObjectNode> stop(String pollId) {
    Poll poll = polls.get(pollId);
    if (poll == null) {
      return Optional.empty();
    }
    poll.json.put("is_closed", true);
    return find(pollId);
  }

  private boolean closed(Poll poll) {
    return poll.json.path("is_closed").asBoolean(false)
        || poll.closesAt != null && !clock.instant().isBefore(poll.closesAt);
  }
}
