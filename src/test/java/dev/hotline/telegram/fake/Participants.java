package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users and chats as Telegram serialises them. Ids follow Telegram's conventions: a private chat
 * has the user's id, groups are negative and supergroups are below -1000000000000.
 */
final class Participants {

  private static final long SUPERGROUP_LIMIT = -1_000_000_000_000L;

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final FakeBotIdentity bot;
  private final Map<Long, Long> migratedTo = new ConcurrentHashMap<>();

  Participants(FakeBotIdentity bot) {
    this.bot = bot;
  }

  FakeBotIdentity bot() {
    return bot;
  }

  ObjectNode botUser() {
    return nodes
        .objectNode()
        .put("id", bot.id())
        .put("is_bot", true)
        .put("first_name", bot.firstName())
        .put("username", bot.username());
  }

  ObjectNode user(long id) {
    if (id == bot.id()) {
      return botUser();
    }
    return nodes
        .objectNode()
        .put("id", id)
        .put("is_bot", false)
        .put("first_name", "User" + id)
        .put("username", "user" + id)
        .put("language_code", "en");
  }

  ObjectNode chat(long id) {
    if (isPrivate(id)) {
      return nodes
          .objectNode()
          .put("id", id)
          .put("type", "private")
          .put("first_name", "User" + id)
          .put("username", "user" + id);
    }
    return nodes
        .objectNode()
        .put("id", id)
        .put("type", id < SUPERGROUP_LIMIT ? "supergroup" : "group")
        .put("title", "Group " + id);
  }

  static boolean isPrivate(long chatId) {
    return chatId > 0;
  }

  void recordMigration(long groupId, long supergroupId) {
    migratedTo.put(groupId, supergroupId);
  }

  /** Fails the way Telegram does when a call names a group that has become a supergroup. */
  void requireNotMigrated(long chatId) {
    Long target = migratedTo.get(chatId);
    if (target != null) {
      throw ApiFailure.chatMigrated(target).toException();
    }
  }
}
