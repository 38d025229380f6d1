package dev.hotline.telegram;

import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/** Sends each kind of update to what handles it; edited messages are not answered a second time. */
final class UpdateRouter {

  /**
   * The bot's own statuses that mean it can no longer post: removed from a group, or blocked by a
   * user.
   */
  private static final Set<String> REMOVED = Set.of("left", "kicked");

  private final MessageHandler messages;
  private final ButtonHandler buttons;
  private final InlineQueryDesk inline;
  private final PollAnswerHandler pollAnswers;
  private final ChatRegistry chats;

  UpdateRouter(
      MessageHandler messages,
      ButtonHandler buttons,
      InlineQueryDesk inline,
      PollAnswerHandler pollAnswers,
      ChatRegistry chats) {
    this.messages = messages;
    this.buttons = buttons;
    this.inline = inline;
    this.pollAnswers = pollAnswers;
    this.chats = chats;
  }

  void route(Update update) {
    if (update.hasMessage()) {
      messages.handle(update.getMessage());
    } else if (update.hasCallbackQuery()) {
      buttons.handle(update.getCallbackQuery());
    } else if (update.hasInlineQuery()) {
      inline.offer(update.getInlineQuery());
    } else if (update.hasPollAnswer()) {
      pollAnswers.handle(update.getPollAnswer());
    } else if (update.getMyChatMember() != null) {
      membership(update.getMyChatMember());
    }
  }

  private void membership(ChatMemberUpdated change) {
    long chatId = change.getChat().getId();
    String status = change.getNewChatMember().getStatus();
    if (REMOVED.contains(status)) {
      chats.gone(
          chatId,
          TelegramPlaces.isGroup(chatId)
              ? "Hotline was removed from the group"
              : "the user blocked Hotline");
    } else {
      chats.alive(chatId);
    }
  }
}
