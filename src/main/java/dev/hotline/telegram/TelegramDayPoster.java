package dev.hotline.telegram;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import dev.hotline.telegram.render.TelegramMessage;
import dev.hotline.telegram.render.TelegramRenderer;
import java.time.Duration;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/**
 * Posts the daily "on this day" card to a Telegram chat or forum topic, rendered as every other
 * reply and sent through the paced sender.
 *
 * <p>Telegram's sendMessage takes no idempotency key, so the key is not sent: a post is made at
 * most once because the scheduler claims the day before sending and never resends an unconfirmed
 * claim after a crash, and because {@link TelegramSender#post} retries only what surely was not
 * posted.
 */
final class TelegramDayPoster implements DayPoster {

  /** Until the adapter is connected there is no sender; the post is surely not made then. */
  static final Duration RETRY_UNCONNECTED = Duration.ofSeconds(30);

  // Several sources are listed; a preview of the first would outgrow the list.
  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  private final Supplier<TelegramSender> sender;
  private final TelegramRenderer renderer;

  TelegramDayPoster(Supplier<TelegramSender> sender, TelegramRenderer renderer) {
    this.sender = sender;
    this.renderer = renderer;
  }

  @Override
  public PostOutcome post(ChatPlace place, DayCard card, String idempotencyKey) {
    TelegramSender out = sender.get();
    if (out == null) {
      return PostOutcome.retryLater(RETRY_UNCONNECTED, "Telegram is not connected yet");
    }
    TelegramMessage message = renderer.render(new ChatReply.DayReply(card, false));
    SendMessage.SendMessageBuilder<?, ?> send =
        SendMessage.builder()
            .chatId(TelegramPlaces.chatIdOf(place))
            .text(message.html())
            .parseMode(TelegramMessage.PARSE_MODE)
            .linkPreviewOptions(NO_PREVIEW);
    Integer topic = TelegramPlaces.topicIdOf(place);
    if (topic != null) {
      send.messageThreadId(topic);
    }
    if (message.hasKeyboard()) {
      send.replyMarkup(message.keyboard());
    }
    return out.post(send.build());
  }
}
