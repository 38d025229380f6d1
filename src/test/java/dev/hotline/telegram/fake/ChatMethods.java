package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** getChatMember and getChatAdministrators, answered from the administrators a test configured. */
final class ChatMethods {

  private final Participants participants;
  private final ChatMembers members;

  ChatMethods(Participants participants, ChatMembers members) {
    this.participants = participants;
    this.members = members;
  }

  JsonNode getChatMember(Params params) {
    long chatId = params.chatId();
    participants.requireNotMigrated(chatId);
    long userId = params.requiredLong("user_id");
    return members.member(chatId, userId);
  }

  JsonNode getChatAdministrators(Params params) {
    long chatId = params.chatId();
    participants.requireNotMigrated(chatId);
    if (Participants.isPrivate(chatId)) {
      throw ApiFailure.badRequest("there are no administrators in the private chat").toException();
    }
    ArrayNode administrators = JsonNodeFactory.instance.arrayNode();
    members.administrators(chatId).stream()
        .sorted()
        .forEach(userId -> administrators.add(members.withStatus(userId, "administrator")));
    return administrators;
  }
}
