package dev.hotline.telegram;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.ChatService;
import dev.hotline.telegram.MessageAddressing.Addressed;
import dev.hotline.telegram.TelegramCommands.Translation;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns a message into a chat command, asks the chat service, and delivers its reply. */
final class MessageHandler {

  private final ChatService chat;
  private final ChatRegistry chats;
  private final ChatAdministrators administrators;
  private final ReplyDelivery delivery;
  private final MessageAddressing addressing;
  private final BotProfile bot;

  MessageHandler(
      ChatService chat,
      ChatRegistry chats,
      ChatAdministrators administrators,
      ReplyDelivery delivery,
      BotProfile bot) {
    this.chat = chat;
    this.chats = chats;
    this.administrators = administrators;
    this.delivery = delivery;
    this.addressing = new MessageAddressing(bot);
    this.bot = bot;
  }

  void handle(Message message) {
    if (message.getMigrateToChatId() != null) {
      chats.moved(message.getChatId(), message.getMigrateToChatId());
      return;
    }
    if (message.getMigrateFromChatId() != null) {
      chats.moved(message.getMigrateFromChatId(), message.getChatId());
      return;
    }
    if (message.getFrom() == null
        || (Boolean.TRUE.equals(message.getFrom().getIsBot()) && !asTheGroup(message))) {
      return; // other bots' messages: answering them could start an endless exchange
    }
    if (!TelegramPlaces.isGroup(message.getChatId())) {
      // A user who blocked Hotline must unblock it to write to it. A group's messages prove
      // nothing:
      // some may have been sent before Hotline was removed; being added again is what counts.
      chats.alive(message.getChatId());
    }
    switch (addressing.read(message)) {
      case Addressed.Question question ->
          ask(message, new ChatCommand.Ask(question.text(), Optional.empty()), false);
      case Addressed.Command command -> command(message, command.line());
      case Addressed.NotForUs ignored -> {}
    }
  }

  // An administrator writing anonymously appears as Telegram's GroupAnonymousBot, on behalf of the
  // group.
  private static boolean asTheGroup(Message message) {
    return message.getSenderChat() != null
        && message.getSenderChat().getId().equals(message.getChatId());
  }

  private void command(Message message, CommandLine line) {
    ChatPlace place = TelegramPlaces.of(message);
    switch (TelegramCommands.translate(line, place)) {
      case Translation.ToChat toChat -> ask(message, toChat.command(), toChat.moderatorsOnly());
      case Translation.ShowHelp help -> showHelp(message, place);
      case Translation.Usage usage ->
          delivery.deliver(usage.notice(), ReplyTarget.answering(message));
      case Translation.Unknown unknown -> {
        // In a group the command may be another bot's; in a private chat it can only be for
        // Hotline.
        if (!place.direct()) {
          return;
        }
        delivery.deliver(TelegramCommands.help(bot), ReplyTarget.answering(message));
      }
    }
  }

  private void ask(Message message, ChatCommand command, boolean moderatorsOnly) {
    ChatPlace place = TelegramPlaces.of(message);
    // Only settings depend on the admin right, so only they cost a getChatMember call.
    boolean admin =
        moderatorsOnly && !place.direct() && administrators.wroteAsAdministrator(message);
    ChatReply reply = chat.handle(TelegramUsers.of(message.getFrom(), admin), place, command);
    delivery.deliver(reply, ReplyTarget.answering(message));
  }

  private void showHelp(Message message, ChatPlace place) {
    // Asked of the chat service first, so that a channel Hotline must keep out of stays quiet.
    ChatReply reply =
        chat.handle(TelegramUsers.of(message.getFrom(), false), place, new ChatCommand.Help());
    boolean refused = reply instanceof Notice notice && notice.kind() == NoticeKind.REFUSED;
    delivery.deliver(refused ? reply : TelegramCommands.help(bot), ReplyTarget.answering(message));
  }
}
