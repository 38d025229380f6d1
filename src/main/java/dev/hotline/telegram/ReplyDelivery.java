package dev.hotline.telegram;

import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.telegram.render.TelegramMessage;
import dev.hotline.telegram.render.TelegramRenderer;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Renders replies and sends them where they belong. Telegram has no messages only one member of a
 * group can see, so an answer meant only for its asker goes to their private chat; notices
 * (cooldowns, refusals) stay in the group, as replies to the message they answer.
 */
final class ReplyDelivery {

  // The source is a button already; a preview card would push the answer off the screen.
  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  private final TelegramSender sender;
  private final TelegramRenderer renderer;
  private final BotProfile bot;
  private final QuizPolls polls;

  ReplyDelivery(TelegramSender sender, TelegramRenderer renderer, BotProfile bot, QuizPolls polls) {
    this.sender = sender;
    this.renderer = renderer;
    this.bot = bot;
    this.polls = polls;
  }

  void deliver(ChatReply reply, ReplyTarget target) {
    if (reply instanceof ChatReply.QuizReply quiz && !quiz.card().revealed()) {
      // A quiz is a native quiz poll, in the chat (and topic) it was asked in.
      polls.send(quiz.card(), target.chatId(), target.topicId(), target.messageId());
      return;
    }
    ChatReply inGroup = reply;
    if (TelegramPlaces.isGroup(target.chatId())
        && reply.privately()
        && !(reply instanceof Notice)) {
      if (send(renderer.render(reply), target.askerId(), null, null).isPresent()) {
        return;
      }
      // Telegram lets a bot write only to users who have started a chat with it.
      inGroup =
          Notice.of(
              NoticeKind.USER_ERROR,
              "I can't message you privately yet",
              "Answers here are private. Open a chat with @"
                  + bot.username()
                  + ", press Start, then ask again.");
    }
    send(renderer.render(inGroup), target.chatId(), target.topicId(), target.messageId());
  }

  /** Replaces a message Hotline sent in a chat. */
  void replace(long chatId, int messageId, ChatReply reply) {
    TelegramMessage message = renderer.render(reply);
    EditMessageText.EditMessageTextBuilder<?, ?> edit =
        EditMessageText.builder().chatId(chatId).messageId(messageId);
    sender.edit(withContent(edit, message).build());
  }

  /** Replaces a message a user sent through inline mode. */
  void replaceInline(String inlineMessageId, ChatReply reply) {
    TelegramMessage message = renderer.render(reply);
    EditMessageText.EditMessageTextBuilder<?, ?> edit =
        EditMessageText.builder().inlineMessageId(inlineMessageId);
    sender.edit(withContent(edit, message).build());
  }

  private Optional<Message> send(
      TelegramMessage message, long chatId, Integer topicId, Integer replyTo) {
    SendMessage.SendMessageBuilder<?, ?> send =
        SendMessage.builder()
            .chatId(chatId)
            .text(message.html())
            .parseMode(TelegramMessage.PARSE_MODE)
            .linkPreviewOptions(NO_PREVIEW);
    if (topicId != null) {
      send.messageThreadId(topicId);
    }
    if (replyTo != null) {
      // The question may be deleted before the answer is ready; answer anyway.
      send.replyParameters(
          ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    if (message.hasKeyboard()) {
      send.replyMarkup(message.keyboard());
    }
    return sender.send(send.build());
  }

  private static EditMessageText.EditMessageTextBuilder<?, ?> withContent(
      EditMessageText.EditMessageTextBuilder<?, ?> edit, TelegramMessage message) {
    edit.text(message.html()).parseMode(TelegramMessage.PARSE_MODE).linkPreviewOptions(NO_PREVIEW);
    if (message.hasKeyboard()) {
      edit.replyMarkup(message.keyboard());
    }
    return edit;
  }
}
