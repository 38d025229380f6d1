package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.QuizCard;
import java.util.Optional;

/**
 * Where daily quizzes come from: one is chosen for a place before its day is claimed (nothing kept
 * yet, so a failure is simply tried again), and its round opened once the day is claimed.
 */
public interface DailyQuizzes {
  /** The place's quiz for today; empty when quizzes are off there or no event makes one. */
  Optional<ChatQuizzes.PlannedQuiz> plan(ChatPlace place);

  QuizCard open(ChatQuizzes.PlannedQuiz planned);

  /** The chat layer's quizzes. */
  static DailyQuizzes of(ChatQuizzes quizzes) {
    return new DailyQuizzes() {
      @Override
      public Optional<ChatQuizzes.PlannedQuiz> plan(ChatPlace place) {
        return quizzes.planDaily(place);
      }

      @Override
      public QuizCard open(ChatQuizzes.PlannedQuiz planned) {
        return quizzes.openDaily(planned);
      }
    };
  }

  /** No quizzes: a quiz subscription is skipped each day. */
  DailyQuizzes NONE =
      new DailyQuizzes() {
        @Override
        public Optional<ChatQuizzes.PlannedQuiz> plan(ChatPlace place) {
          return Optional.empty();
        }

        @Override
        public QuizCard open(ChatQuizzes.PlannedQuiz planned) {
          throw new IllegalStateException("no daily quizzes here");
        }
      };
}
