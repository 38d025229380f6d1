package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.QuizCard;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.QuizPoster;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the daily quiz to a server channel as a daily post is posted, and names the message to the
 * chat layer ({@code m:channel/message}) so that its answer is shown there when its time is up.
 *
 * <p>The message is named for the round its buttons answer. That is the card's round, except when a
 * process died after Discord took its quiz and before it said so, and another process sent the
 * day's quiz again with the same nonce: Discord then returns the first message, which shows the
 * first process's round, and that round is the one revealed in it.
 */
final class DiscordQuizPoster implements QuizPoster {
  private static final Logger log = LoggerFactory.getLogger(DiscordQuizPoster.class);

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
            message -> {
              long round = roundShown(message).orElse(card.roundId());
              if (round != card.roundId()) {
                log.info(
                    "Daily quiz {} was already posted as round {}; round {} is not shown",
                    idempotencyKey,
                    round,
                    card.roundId());
              }
              quizzes.posted(
                  round, QuizMessages.channelMessage(message.channelId(), message.messageId()));
            });
    return posted.outcome();
  }

  /** The round the message's choice buttons answer, if it has any. */
  private static Optional<Long> roundShown(DiscordDayPoster.PostedMessage message) {
    return message.buttonIds().stream()
        .map(ButtonIds::parse)
        .flatMap(Optional::stream)
        .filter(ButtonIds.QuizChoice.class::isInstance)
        .map(click -> ((ButtonIds.QuizChoice) click).roundId())
        .findFirst();
  }
}
