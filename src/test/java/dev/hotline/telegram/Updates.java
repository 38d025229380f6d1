package dev.hotline.telegram;

import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Library objects built by hand for unit tests that need no server. */
final class Updates {

  static final BotProfile BOT = new BotProfile(7_000_000_001L, "HotlineBot");

  private Updates() {}

  static Message message(long chatId, long userId, String text) {
    Message message = new Message();
    message.setMessageId(1);
    message.setChat(Chat.builder().id(chatId).type(chatId < 0 ? "supergroup" : "private").build());
    message.setFrom(user(userId));
    message.setText(text);
    return message;
  }

  static Message replyTo(Message replied, long chatId, long userId, String text) {
    Message message = message(chatId, userId, text);
    message.setReplyToMessage(replied);
    return message;
  }

  static User user(long id) {
    return User.builder()
        .id(id)
        .firstName("User" + id)
        .isBot(id == BOT.id())
        .userName(id == BOT.id() ? BOT.username() : null)
        .build();
  }

  static InlineQuery inlineQuery(String id, long userId, String text) {
    return InlineQuery.builder().id(id).from(user(userId)).query(text).offset("").build();
  }
}
