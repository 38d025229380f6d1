package dev.hotline.telegram;

import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who the bot is, from {@code getMe}: its id tells replies to its own messages, its username tells
 * commands and mentions meant for it.
 */
record BotProfile(long id, String username) {

  static BotProfile of(User me) {
    return new BotProfile(me.getId(), me.getUserName());
  }

  boolean isNamed(String name) {
    return name != null && name.equalsIgnoreCase(username);
  }
}
