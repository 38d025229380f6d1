package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.QuizCard;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.QuizPoster;

/**
 * Posts the daily quiz to a server channel as a daily post is posted (over REST when the server is
 * on another process's shard), and names the message to the chat layer ({@code m:channel/message})
 * so that its answer is shown there when its time is up.
 */
final class DiscordQuizPoster implements QuizPoster {
  private final DiscordDayPoster channelPoster;
  private final ChatQuizzes quizzes;

  DiscordQuizPoster(DiscordDayPoster channelPoster, ChatQuizzes quizzes) {
    this.channelPoster = channelPoster;
    this.quizzes = quizzes;
  }

  @Override
  public PostOutcome post(ChatPlace place, QuizCard card, String idempotencyKey) {
    DiscordDayPoster.Posted posted =
        channelPoster.post(place, new ChatReply.QuizReply(card), idempotencyKey);
    posted
        .message()
        .ifPresent(
            message ->
                quizzes.posted(
                    card.roundId(),
                    QuizMessages.channelMessage(message.channelId(), message.messageId())));
    return posted.outcome();
  }
}
