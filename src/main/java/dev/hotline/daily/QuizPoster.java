package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.QuizCard;

/**
 * Posts a daily quiz to one platform, with the same promises as a {@link DayPoster}. A poster that
 * posted it tells the chat layer where ({@link dev.hotline.chat.ChatQuizzes#posted}), so that the
 * answers and the reveal find their round.
 */
public interface QuizPoster {
  PostOutcome post(ChatPlace place, QuizCard card, String idempotencyKey);
}
