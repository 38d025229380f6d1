package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Chat membership: which users administer which chat, and ChatMember objects for any status. */
final class ChatMembers {

  private static final Set<String> STATUSES =
      Set.of("creator", "administrator", "member", "restricted", "left", "kicked");

  private final Participants participants;
  private final Map<Long, Set<Long>> administrators = new ConcurrentHashMap<>();

  ChatMembers(Participants participants) {
    this.participants = participants;
  }

  void setAdministrators(long chatId, Set<Long> userIds) {
    administrators.put(chatId, Set.copyOf(userIds));
  }

  Set<Long> administrators(long chatId) {
    return administrators.getOrDefault(chatId, Set.of());
  }

  boolean isAdministrator(long chatId, long userId) {
    return administrators(chatId).contains(userId);
  }

  ObjectNode member(long chatId, long userId) {
    return withStatus(userId, isAdministrator(chatId, userId) ? "administrator" : "member");
  }

  /** A ChatMember with the fields its status requires, so the client can deserialise it. */
  ObjectNode withStatus(long userId, String status) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "Unknown chat member status " + status + ", expected one of " + STATUSES);
    }
    ObjectNode member = JsonNodeFactory.instance.objectNode().put("status", status);
    member.set("user", participants.user(userId));
    switch (status) {
      case "creator" -> member.put("is_anonymous", false);
      case "administrator" ->
          member
              .put("can_be_edited", false)
              .put("is_anonymous", false)
              .put("can_manage_chat", true)
              .put("can_delete_messages", true)
              .put("can_manage_video_chats", false)
              .put("can_restrict_members", true)
              .put("can_promote_members", false)
              .put("can_change_info", false)
              .put("can_invite_users", true)
              .put("can_post_stories", false)
              .put("can_edit_stories", false)
              .put("can_delete_stories", false)
              .put("can_pin_messages", true);
      case "restricted" ->
          member
              .put("is_member", true)
              .put("can_send_messages", false)
              .put("can_send_audios", false)
              .put("can_send_documents", false)
              .put("can_send_photos", false)
              .put("can_send_videos", false)
              .put("can_send_video_notes", false)
              .put("can_send_voice_notes", false)
              .put("can_send_polls", false)
              .put("can_send_other_messages", false)
              .put("can_add_web_page_previews", false)
              .put("can_change_info", false)
              .put("can_invite_users", false)
              .put("can_pin_messages", false)
              .put("can_manage_topics", false)
              .put("until_date", 0);
      case "kicked" -> member.put("until_date", 0);
      default -> {} // member and left carry only status and user
    }
    return member;
  }
}
