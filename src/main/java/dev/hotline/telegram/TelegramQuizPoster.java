package dev.hotline.telegram;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.QuizCard;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.QuizPoster;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Posts the daily quiz to a Telegram chat or forum topic as a quiz poll, through the paced sender,
 * with the same at-most-once promises as the daily posts ({@link TelegramDayPoster}).
 */
final class TelegramQuizPoster implements QuizPoster {
  /** Until the adapter is connected there is no sender; the quiz is surely not posted then. */
  static final Duration RETRY_UNCONNECTED = Duration.ofSeconds(30);

  private final Supplier<QuizPolls> polls;

  TelegramQuizPoster(Supplier<QuizPolls> polls) {
    this.polls = polls;
  }

  @Override
  public PostOutcome post(ChatPlace place, QuizCard card, String idempotencyKey) {
    QuizPolls out = polls.get();
    if (out == null) {
      return PostOutcome.retryLater(RETRY_UNCONNECTED, "Telegram is not connected yet");
    }
    return out.post(card, place);
  }
}
