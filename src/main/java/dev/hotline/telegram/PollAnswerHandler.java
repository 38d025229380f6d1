package dev.hotline.telegram;

import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.Platform;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;

/**
 * A member's answer to a quiz poll: it counts for them (the poll itself shows them right or wrong),
 * and in practice the next question follows in their private chat.
 */
final class PollAnswerHandler {
  private final ChatQuizzes quizzes;
  private final QuizPolls polls;

  PollAnswerHandler(ChatQuizzes quizzes, QuizPolls polls) {
    this.quizzes = quizzes;
    this.polls = polls;
  }

  void handle(PollAnswer answer) {
    List<Integer> options = answer.getOptionIds();
    // No user: a vote on behalf of a chat; no options: a vote taken back (quiz polls allow none).
    if (answer.getUser() == null || options == null || options.isEmpty()) {
      return;
    }
    quizzes
        .answerPoll(
            Platform.TELEGRAM,
            answer.getPollId(),
            TelegramUsers.of(answer.getUser(), false),
            options.getFirst())
        .ifPresent(
            next ->
                polls.send(
                    next.next(),
                    TelegramPlaces.chatIdOf(next.place()),
                    TelegramPlaces.topicIdOf(next.place()),
                    null));
  }
}
