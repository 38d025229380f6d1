package dev.hotline.telegram;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.telegram.render.CallbackData;
import dev.hotline.telegram.render.TelegramRenderer;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The "Another answer" button: the message it is on is edited to show the next alternative, in
 * place, or a short notice pops up when there is none to show.
 */
final class ButtonHandler {

  private final ChatService chat;
  private final TelegramSender sender;
  private final ReplyDelivery delivery;
  private final TelegramRenderer renderer;

  ButtonHandler(
      ChatService chat, TelegramSender sender, ReplyDelivery delivery, TelegramRenderer renderer) {
    this.chat = chat;
    this.sender = sender;
    this.delivery = delivery;
    this.renderer = renderer;
  }

  void handle(CallbackQuery press) {
    Optional<String> token = CallbackData.anotherToken(press.getData());
    Message message = press.getMessage() instanceof Message accessible ? accessible : null;
    if (token.isEmpty() || (message == null && press.getInlineMessageId() == null)) {
      answer(press, ""); // stops the button's spinner; there is nothing else to do
      return;
    }
    // A message sent through inline mode belongs to no chat Hotline is in: it counts as the
    // presser's own.
    ChatPlace place =
        message != null ? TelegramPlaces.of(message) : TelegramPlaces.chat(press.getFrom().getId());
    ChatReply reply =
        chat.handle(
            TelegramUsers.of(press.getFrom(), false),
            place,
            new ChatCommand.AnotherAnswer(token.get()));
    if (!(reply instanceof ChatReply.AnswerReply)) {
      answer(press, renderer.toast(reply));
      return;
    }
    answer(press, "");
    if (message != null) {
      delivery.replace(message.getChatId(), message.getMessageId(), reply);
    } else {
      delivery.replaceInline(press.getInlineMessageId(), reply);
    }
  }

  private void answer(CallbackQuery press, String toast) {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
        AnswerCallbackQuery.builder().callbackQueryId(press.getId());
    if (!toast.isEmpty()) {
      answer.text(toast);
    }
    sender.call(answer.build());
  }
}
