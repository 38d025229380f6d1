package dev.hotline.quiz;

/**
 * A board's quiz settings, which its moderators change.
 *
 * @param enabled whether members may ask for quizzes and daily quizzes are posted
 * @param answerSeconds how long a quiz takes answers before it is revealed (Telegram's {@code
 *     open_period})
 */
public record QuizSettings(boolean enabled, int answerSeconds) {
  public static final int DEFAULT_SECONDS = 30;

  /** Telegram closes a poll after 5 to 600 seconds; the same bounds suit Discord. */
  public static final int MIN_SECONDS = 5;

  public static final int MAX_SECONDS = 600;

  public static QuizSettings defaults() {
    return new QuizSettings(true, DEFAULT_SECONDS);
  }

  public QuizSettings withEnabled(boolean on) {
    return new QuizSettings(on, answerSeconds);
  }

  public QuizSettings withAnswerSeconds(int seconds) {
    return new QuizSettings(enabled, seconds);
  }
}
