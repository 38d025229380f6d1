package dev.hotline.telegram;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Telegram chats as chat-layer places. A private chat (positive id, the user's own) is a direct
 * place; a group is a server whose channel is the group itself, or one of its forum topics, so that
 * moderators can choose the topics Hotline answers in.
 */
final class TelegramPlaces {

  private TelegramPlaces() {}

  /** Groups and supergroups have negative ids, users and their private chats positive ones. */
  static boolean isGroup(long chatId) {
    return chatId < 0;
  }

  /** The whole chat: where settings live and what a block or a migration concerns. */
  static ChatPlace chat(long chatId) {
    String id = Long.toString(chatId);
    return isGroup(chatId)
        ? new ChatPlace(Platform.TELEGRAM, id, id)
        : new ChatPlace(Platform.TELEGRAM, null, id);
  }

  /** Where a message was written, down to its forum topic. */
  static ChatPlace of(Message message) {
    long chatId = message.getChatId();
    Integer topic = topicOf(message);
    if (!isGroup(chatId) || topic == null) {
      return chat(chatId);
    }
    return new ChatPlace(Platform.TELEGRAM, Long.toString(chatId), chatId + "/" + topic);
  }

  /** The chat a place is in: a forum topic's channel is "chat/topic", a private chat's the user. */
  static long chatIdOf(ChatPlace place) {
    String channel = place.channelId();
    int slash = channel.indexOf('/');
    return Long.parseLong(slash < 0 ? channel : channel.substring(0, slash));
  }

  /** The forum topic a place is, or {@code null} for a whole chat. */
  static Integer topicIdOf(ChatPlace place) {
    String channel = place.channelId();
    int slash = channel.indexOf('/');
    return slash < 0 ? null : Integer.valueOf(channel.substring(slash + 1));
  }

  /** The forum topic a message belongs to, or {@code null} outside forum topics. */
  static Integer topicOf(Message message) {
    return Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
  }
}
