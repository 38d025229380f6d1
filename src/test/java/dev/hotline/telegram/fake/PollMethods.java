package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sendPoll and stopPoll with the Bot API's checks on a quiz: question 1-300 characters, 2-12
 * options of 1-100, exactly one valid correct option ({@code correct_option_ids}, or the older
 * single {@code correct_option_id}), an explanation of at most 200 characters and two line feeds,
 * and an {@code open_period} of 5-600 seconds.
 */
final class PollMethods {

  static final int MAX_QUESTION = 300;
  static final int MAX_OPTION = 100;
  static final int MIN_OPTIONS = 2;
  static final int MAX_OPTIONS = 12;
  static final int MAX_EXPLANATION = 200;
  static final int MAX_EXPLANATION_LINE_FEEDS = 2;
  static final int MIN_OPEN_PERIOD = 5;
  static final int MAX_OPEN_PERIOD = 600;

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Participants participants;
  private final MessageStore messages;
  private final UpdateFactory factory;
  private final Polls polls;
  private final Clock clock;

  PollMethods(
      Participants participants,
      MessageStore messages,
      UpdateFactory factory,
      Polls polls,
      Clock clock) {
    this.participants = participants;
    this.messages = messages;
    this.factory = factory;
    this.polls = polls;
    this.clock = clock;
  }

  JsonNode sendPoll(Params params) {
    long chatId = params.chatId();
    participants.requireNotMigrated(chatId);
    String question = params.requiredText("question", "poll question must be non-empty");
    if (question.length() > MAX_QUESTION) {
      throw ApiFailure.badRequest("poll question length must not exceed 300").toException();
    }
    List<String> options = options(params);
    String type = params.text("type").orElse("regular");
    boolean anonymous = params.text("is_anonymous").map(Boolean::parseBoolean).orElse(true);
    ObjectNode poll =
        nodes
            .objectNode()
            .put("id", polls.nextId())
            .put("question", question)
            .put("total_voter_count", 0)
            .put("is_closed", params.flag("is_closed"))
            .put("is_anonymous", anonymous)
            .put("type", type)
            .put("allows_multiple_answers", false);
    ArrayNode optionArray = poll.putArray("options");
    options.forEach(text -> optionArray.addObject().put("text", text).put("voter_count", 0));
    if (type.equals("quiz")) {
      poll.putArray("correct_option_ids").add(correctOption(params, options.size()));
      params.text("explanation").ifPresent(text -> poll.put("explanation", explanation(text)));
    }
    Instant closesAt = null;
    if (params.longValue("open_period").isPresent()) {
      long period = params.longValue("open_period").getAsLong();
      if (period < MIN_OPEN_PERIOD || period > MAX_OPEN_PERIOD) {
        throw ApiFailure.badRequest("poll open period must be between 5 and 600").toException();
      }
      poll.put("open_period", period);
      closesAt = clock.instant().plusSeconds(period);
      poll.put("close_date", closesAt.getEpochSecond());
    }
    ObjectNode message = factory.botMessage(chatId, messages.nextMessageId(), null);
    message.remove("text");
    message.set("poll", poll);
    params
        .longValue("message_thread_id")
        .ifPresent(topic -> message.put("message_thread_id", topic).put("is_topic_message", true));
    replyTarget(params, chatId).ifPresent(target -> message.set("reply_to_message", target));
    messages.put(message);
    polls.add(poll, closesAt);
    return message;
  }

  JsonNode stopPoll(Params params) {
    long chatId = params.chatId();
    int messageId = Math.toIntExact(params.requiredLong("message_id"));
    ObjectNode message =
        messages
            .find(chatId, messageId)
            .filter(m -> m.has("poll"))
            .orElseThrow(
                () -> ApiFailure.badRequest("message with poll to stop not found").toException());
    return polls
        .stop(message.get("poll").get("id").asText())
        .orElseThrow(() -> ApiFailure.badRequest("poll not found").toException());
  }

  private List<String> options(Params params) {
    JsonNode given =
        params
            .json("options")
            .orElseThrow(() -> ApiFailure.badRequest("poll options must be given").toException());
    List<String> options = new ArrayList<>();
    for (JsonNode option : given) {
      String text = option.isTextual() ? option.asText() : option.path("text").asText("");
      if (text.isEmpty() || text.length() > MAX_OPTION) {
        throw ApiFailure.badRequest("poll options length must not exceed 100").toException();
      }
      options.add(text);
    }
    if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
      throw ApiFailure.badRequest("poll must have 2-12 options").toException();
    }
    return options;
  }

  private static int correctOption(Params params, int options) {
    List<Integer> correct = new ArrayList<>();
    params.json("correct_option_ids").ifPresent(ids -> ids.forEach(id -> correct.add(id.asInt())));
    params.longValue("correct_option_id").ifPresent(id -> correct.add((int) id));
    if (correct.size() != 1) {
      throw ApiFailure.badRequest("quiz poll must have exactly one correct option").toException();
    }
    int option = correct.getFirst();
    if (option < 0 || option >= options) {
      throw ApiFailure.badRequest("QUIZ_CORRECT_ANSWER_INVALID").toException();
    }
    return option;
  }

  private static String explanation(String text) {
    long lineFeeds = text.chars().filter(c -> c == '\n').count();
    if (text.length() > MAX_EXPLANATION || lineFeeds > MAX_EXPLANATION_LINE_FEEDS) {
      throw ApiFailure.badRequest("explanation is too long").toException();
    }
    return text;
  }

  private Optional<ObjectNode> replyTarget(Params params, long chatId) {
    Optional<JsonNode> reply = params.json("reply_parameters");
    if (reply.isEmpty()) {
      return Optional.empty();
    }
    int messageId = reply.get().path("message_id").asInt();
    Optional<ObjectNode> target = messages.find(chatId, messageId);
    if (target.isEmpty() && !reply.get().path("allow_sending_without_reply").asBoolean()) {
      throw ApiFailure.badRequest("message to be replied not found").toException();
    }
    return target;
  }
}
