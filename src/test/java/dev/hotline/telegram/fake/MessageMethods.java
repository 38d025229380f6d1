package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * sendMessage, editMessageText, editMessageReplyMarkup and deleteMessage, with Telegram's refusals.
 */
final class MessageMethods {

  private static final int MAX_TEXT_LENGTH = 4096;
  private static final int MAX_CALLBACK_DATA_BYTES = 64;

  private final Participants participants;
  private final ChatMembers members;
  private final MessageStore messages;
  private final UpdateFactory factory;
  private final Clock clock;

  MessageMethods(
      Participants participants,
      ChatMembers members,
      MessageStore messages,
      UpdateFactory factory,
      Clock clock) {
    this.participants = participants;
    this.members = members;
    this.messages = messages;
    this.factory = factory;
    this.clock = clock;
  }

  JsonNode sendMessage(Params params) {
    long chatId = activeChatId(params);
    ObjectNode message = factory.botMessage(chatId, messages.nextMessageId(), "");
    setText(message, params);
    replyTarget(params, chatId).ifPresent(target -> message.set("reply_to_message", target));
    inlineKeyboard(params).ifPresent(markup -> message.set("reply_markup", markup));
    messages.put(message);
    return message;
  }

  JsonNode editMessageText(Params params) {
    if (params.text("inline_message_id").isPresent()) {
      formatted(params); // still validated; the result of an inline edit is just true
      return BooleanNode.TRUE;
    }
    ObjectNode message = editableMessage(params);
    ObjectNode edited = message.deepCopy();
    setText(edited, params);
    edited.remove("reply_markup");
    inlineKeyboard(params).ifPresent(markup -> edited.set("reply_markup", markup));
    return storeEdit(message, edited);
  }

  JsonNode editMessageReplyMarkup(Params params) {
    if (params.text("inline_message_id").isPresent()) {
      inlineKeyboard(params);
      return BooleanNode.TRUE;
    }
    ObjectNode message = editableMessage(params);
    ObjectNode edited = message.deepCopy();
    edited.remove("reply_markup");
    inlineKeyboard(params).ifPresent(markup -> edited.set("reply_markup", markup));
    return storeEdit(message, edited);
  }

  JsonNode deleteMessage(Params params) {
    long chatId = activeChatId(params);
    int messageId = Math.toIntExact(params.requiredLong("message_id"));
    ObjectNode message =
        messages
            .find(chatId, messageId)
            .orElseThrow(() -> ApiFailure.badRequest("message to delete not found").toException());
    boolean own = message.path("from").path("id").asLong() == participants.bot().id();
    if (!own
        && !Participants.isPrivate(chatId)
        && !members.isAdministrator(chatId, participants.bot().id())) {
      throw ApiFailure.badRequest("message can't be deleted").toException();
    }
    messages.remove(chatId, messageId);
    return BooleanNode.TRUE;
  }

  private long activeChatId(Params params) {
    long chatId = params.chatId();
    participants.requireNotMigrated(chatId);
    return chatId;
  }

  private ObjectNode editableMessage(Params params) {
    long chatId = activeChatId(params);
    int messageId = Math.toIntExact(params.requiredLong("message_id"));
    ObjectNode message =
        messages
            .find(chatId, messageId)
            .orElseThrow(() -> ApiFailure.badRequest("message to edit not found").toException());
    if (message.path("from").path("id").asLong() != participants.bot().id()) {
      throw ApiFailure.badRequest("message can't be edited").toException();
    }
    return message;
  }

  // Bots that re-render on every button press hit this one; the fake must too.
  private JsonNode storeEdit(ObjectNode before, ObjectNode after) {
    if (Objects.equals(before.get("text"), after.get("text"))
        && Objects.equals(before.get("entities"), after.get("entities"))
        && Objects.equals(before.get("reply_markup"), after.get("reply_markup"))) {
      throw ApiFailure.badRequest(
              "message is not modified: specified new message content and reply markup"
                  + " are exactly the same as a current content and reply markup of the message")
          .toException();
    }
    after.put("edit_date", clock.instant().getEpochSecond());
    messages.put(after);
    return after;
  }

  private void setText(ObjectNode message, Params params) {
    TelegramHtml.Formatted formatted = formatted(params);
    message.put("text", formatted.text());
    message.remove("entities");
    if (!formatted.entities().isEmpty()) {
      ArrayNode entities = message.putArray("entities");
      formatted.entities().forEach(entity -> entities.add(entity.toJson()));
    } else {
      params
          .json("entities")
          .filter(JsonNode::isArray)
          .ifPresent(given -> message.set("entities", given));
    }
  }

  private TelegramHtml.Formatted formatted(Params params) {
    String text = params.requiredText("text", "message text is empty");
    String parseMode = params.text("parse_mode").orElse("").toLowerCase(Locale.ROOT);
    TelegramHtml.Formatted formatted =
        switch (parseMode) {
          case "html" -> TelegramHtml.parse(text);
          // Markdown is passed through unchecked: the fake does not implement its grammar.
          case "", "markdown", "markdownv2" -> new TelegramHtml.Formatted(text, List.of());
          default -> throw ApiFailure.badRequest("unsupported parse_mode").toException();
        };
    if (formatted.text().isBlank()) {
      throw ApiFailure.badRequest("message text is empty").toException();
    }
    if (formatted.text().length() > MAX_TEXT_LENGTH) {
      throw ApiFailure.badRequest("message is too long").toException();
    }
    return formatted;
  }

  private Optional<ObjectNode> replyTarget(Params params, long chatId) {
    Optional<JsonNode> replyParameters = params.json("reply_parameters");
    long messageId =
        replyParameters
            .map(reply -> reply.path("message_id").asLong())
            .orElseGet(() -> params.longValue("reply_to_message_id").orElse(0));
    if (messageId == 0) {
      return Optional.empty();
    }
    Optional<ObjectNode> target = messages.find(chatId, Math.toIntExact(messageId));
    boolean withoutReply =
        params.flag("allow_sending_without_reply")
            || replyParameters
                .map(reply -> reply.path("allow_sending_without_reply").asBoolean())
                .orElse(false);
    if (target.isEmpty() && !withoutReply) {
      throw ApiFailure.badRequest("message to be replied not found").toException();
    }
    return target;
  }

  /** The inline keyboard, which is the only markup a sent Message echoes back. */
  private Optional<JsonNode> inlineKeyboard(Params params) {
    Optional<JsonNode> markup =
        params.json("reply_markup").filter(node -> node.has("inline_keyboard"));
    markup.ifPresent(MessageMethods::checkButtons);
    return markup.map(
        node -> {
          ObjectNode copy = JsonNodeFactory.instance.objectNode();
          copy.set("inline_keyboard", node.get("inline_keyboard"));
          return copy;
        });
  }

  private static void checkButtons(JsonNode markup) {
    for (JsonNode row : markup.get("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("text").asText().isEmpty()) {
          throw ApiFailure.badRequest("text buttons are unallowed in the inline keyboard")
              .toException();
        }
        JsonNode data = button.get("callback_data");
        if (data != null
            && (data.asText().isEmpty()
                || data.asText().getBytes(StandardCharsets.UTF_8).length
                    > MAX_CALLBACK_DATA_BYTES)) {
          throw ApiFailure.badRequest("BUTTON_DATA_INVALID").toException();
        }
      }
    }
  }
}
