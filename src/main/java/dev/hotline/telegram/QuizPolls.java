package dev.hotline.telegram;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.QuizCard;
import dev.hotline.daily.PostOutcome;
import dev.hotline.telegram.render.TelegramRenderer;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends quizzes as Telegram quiz polls and tells the chat layer each poll's id, by which the
 * members' {@code poll_answer}s find their round.
 */
final class QuizPolls {
  private final TelegramSender sender;
  private final TelegramRenderer renderer;
  private final ChatQuizzes quizzes;

  QuizPolls(TelegramSender sender, TelegramRenderer renderer, ChatQuizzes quizzes) {
    this.sender = sender;
    this.renderer = renderer;
    this.quizzes = quizzes;
  }

  /** Sends {@code card} as a poll in a chat (a forum topic, a reply), returning whether it went. */
  boolean send(QuizCard card, long chatId, Integer topicId, Integer replyTo) {
    SendPoll poll = renderer.quizPoll(card, chatId, topicId);
    if (replyTo != null) {
      poll.setReplyParameters(
          ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    Optional<Message> sent = sender.send(poll);
    sent.ifPresent(message -> registered(card, message));
    return sent.isPresent();
  }

  /** Sends {@code card} to {@code place} as a daily post, with the daily posts' outcomes. */
  PostOutcome post(QuizCard card, ChatPlace place) {
    TelegramSender.Posted posted =
        sender.post(
            renderer.quizPoll(
                card, TelegramPlaces.chatIdOf(place), TelegramPlaces.topicIdOf(place)));
    posted.message().ifPresent(message -> registered(card, message));
    return posted.outcome();
  }

  private void registered(QuizCard card, Message message) {
    if (message.getPoll() != null && message.getPoll().getId() != null) {
      quizzes.posted(card.roundId(), message.getPoll().getId());
    }
  }
}
