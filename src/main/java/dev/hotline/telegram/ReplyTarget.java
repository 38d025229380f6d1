package dev.hotline.telegram;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a reply goes: the chat and forum topic of the message it answers, that message, and the
 * asker, whose private chat takes answers meant only for them.
 *
 * @param topicId the forum topic, or {@code null}
 * @param messageId the message replied to, or {@code null}
 */
record ReplyTarget(long chatId, Integer topicId, Integer messageId, long askerId) {

  static ReplyTarget answering(Message message) {
    return new ReplyTarget(
        message.getChatId(),
        TelegramPlaces.topicOf(message),
        message.getMessageId(),
        message.getFrom().getId());
  }
}
