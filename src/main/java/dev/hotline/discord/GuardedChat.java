package dev.hotline.discord;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the chat layer so that a bug there becomes a log entry and a plain apology, never a silent
 * failure in chat.
 */
final class GuardedChat {
  private static final Logger log = LoggerFactory.getLogger(GuardedChat.class);

  private final ChatService chat;

  GuardedChat(ChatService chat) {
    this.chat = chat;
  }

  ChatService service() {
    return chat;
  }

  ChatReply handle(ChatUser user, ChatPlace place, ChatCommand command) {
    try {
      return chat.handle(user, place, command);
    } catch (RuntimeException e) {
      // What was asked stays out of the log: it is the user's text.
      log.error(
          "Hotline failed on a {} in guild {} channel {}",
          command.getClass().getSimpleName(),
          place.direct() ? "(direct message)" : place.serverId(),
          place.channelId(),
          e);
      return AdapterNotices.failed();
    }
  }
}
