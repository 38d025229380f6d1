package dev.hotline.telegram;

import dev.hotline.chat.ChatUser;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.User;

/** Telegram users as the chat layer sees them; Telegram has no roles, so they hold none. */
final class TelegramUsers {

  private TelegramUsers() {}

  static ChatUser of(User user, boolean admin) {
    String name = user.getUserName() != null ? "@" + user.getUserName() : user.getFirstName();
    return new ChatUser(Long.toString(user.getId()), name, admin, Set.of());
  }
}
