package dev.hotline.telegram;

import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Asks Telegram whether the writer of a group message administers the group. */
final class ChatAdministrators {

  private static final Set<String> ADMIN_STATUSES = Set.of("administrator", "creator");

  private final TelegramSender sender;

  ChatAdministrators(TelegramSender sender) {
    this.sender = sender;
  }

  /**
   * Whether the writer is the group's creator or an administrator; a failed look-up counts as no.
   */
  boolean wroteAsAdministrator(Message message) {
    Chat senderChat = message.getSenderChat();
    if (senderChat != null && senderChat.getId().equals(message.getChatId())) {
      return true; // only administrators can post anonymously as the group itself
    }
    if (message.getFrom() == null) {
      return false;
    }
    GetChatMember lookUp =
        GetChatMember.builder()
            .chatId(message.getChatId())
            .userId(message.getFrom().getId())
            .build();
    return sender
        .call(lookUp)
        .map(ChatMember::getStatus)
        .filter(ADMIN_STATUSES::contains)
        .isPresent();
  }
}
