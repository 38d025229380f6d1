package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;

/**
 * Builds updates (without {@code update_id}) the way Telegram shapes them, storing the messages
 * they carry.
 */
final class UpdateFactory {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Participants participants;
  private final ChatMembers members;
  private final MessageStore messages;
  private final OpenQueries queries;
  private final Clock clock;

  UpdateFactory(
      Participants participants,
      ChatMembers members,
      MessageStore messages,
      OpenQueries queries,
      Clock clock) {
    this.participants = participants;
    this.members = members;
    this.messages = messages;
    this.queries = queries;
    this.clock = clock;
  }

  ObjectNode textMessage(long chatId, long userId, String text) {
    return update("message", userMessage(chatId, userId, text));
  }

  ObjectNode replyToBotMessage(long chatId, long userId, int botMessageId, String text) {
    ObjectNode message = userMessage(chatId, userId, text);
    message.set(
        "reply_to_message",
        messages.find(chatId, botMessageId).orElseGet(() -> botMessage(chatId, botMessageId, "")));
    messages.put(message);
    return update("message", message);
  }

  ObjectNode callbackQuery(long chatId, long userId, int messageId, String data) {
    ObjectNode query = nodes.objectNode().put("id", queries.open());
    query.set("from", participants.user(userId));
    // The message with the button; a bot sends buttons, so an unknown one is assumed to be the
    // bot's.
    query.set(
        "message",
        messages.find(chatId, messageId).orElseGet(() -> botMessage(chatId, messageId, "")));
    query.put("chat_instance", Long.toString(Math.abs(chatId * 31 + 7)));
    query.put("data", data);
    return update("callback_query", query);
  }

  ObjectNode inlineQuery(long userId, String text) {
    ObjectNode query = nodes.objectNode().put("id", queries.open());
    query.set("from", participants.user(userId));
    query.put("query", text).put("offset", "").put("chat_type", "sender");
    return update("inline_query", query);
  }

  ObjectNode pollAnswer(String pollId, long userId, int option) {
    ObjectNode answer = nodes.objectNode().put("poll_id", pollId);
    answer.set("user", participants.user(userId));
    answer.putArray("option_ids").add(option);
    return update("poll_answer", answer);
  }

  ObjectNode myChatMember(long chatId, long byUserId, String oldStatus, String newStatus) {
    ObjectNode change = nodes.objectNode();
    change.set("chat", participants.chat(chatId));
    change.set("from", participants.user(byUserId));
    change.put("date", now());
    change.set("old_chat_member", members.withStatus(participants.bot().id(), oldStatus));
    change.set("new_chat_member", members.withStatus(participants.bot().id(), newStatus));
    return update("my_chat_member", change);
  }

  ObjectNode migrationToSupergroup(long groupId, long supergroupId, long byUserId) {
    participants.recordMigration(groupId, supergroupId);
    ObjectNode message = messageShell(groupId, participants.user(byUserId));
    message.put("migrate_to_chat_id", supergroupId);
    messages.put(message);
    return update("message", message);
  }

  ObjectNode botMessage(long chatId, int messageId, String text) {
    ObjectNode message = nodes.objectNode().put("message_id", messageId);
    message.set("from", participants.botUser());
    message.set("chat", participants.chat(chatId));
    message.put("date", now()).put("text", text);
    return message;
  }

  private ObjectNode userMessage(long chatId, long userId, String text) {
    ObjectNode message = messageShell(chatId, participants.user(userId));
    message.put("text", text);
    List<TextEntity> entities = TextEntities.find(text);
    if (!entities.isEmpty()) {
      ArrayNode array = message.putArray("entities");
      entities.forEach(entity -> array.add(entity.toJson()));
    }
    messages.put(message);
    return message;
  }

  private ObjectNode messageShell(long chatId, ObjectNode from) {
    ObjectNode message = nodes.objectNode().put("message_id", messages.nextMessageId());
    message.set("from", from);
    message.set("chat", participants.chat(chatId));
    message.put("date", now());
    return message;
  }

  private ObjectNode update(String type, ObjectNode payload) {
    ObjectNode update = nodes.objectNode();
    update.set(type, payload);
    return update;
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
