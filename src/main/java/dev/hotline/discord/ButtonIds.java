package dev.hotline.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custom ids of Hotline's buttons. Discord hands a click back with nothing but this id, so it
 * carries what the click needs: the answer card's token and the asker, who may delete the answer; a
 * quiz's round and the choice.
 */
final class ButtonIds {
  private static final String ANOTHER = "hotline:another:";
  private static final String DELETE = "hotline:delete:";
  private static final Pattern ANOTHER_ID =
      Pattern.compile("hotline:another:([A-Za-z0-9_-]{1,64}):(\\d{1,20})");
  private static final Pattern DELETE_ID = Pattern.compile("hotline:delete:(\\d{1,20})");
  private static final String QUIZ = "hotline:quiz:";
  private static final Pattern QUIZ_ID = Pattern.compile("hotline:quiz:(\\d{1,18}):([1-9])");

  private ButtonIds() {}

  /** A click on one of Hotline's buttons. */
  sealed interface Click {}

  /** "Another answer": the next alternative behind {@code token}. */
  record Another(String token, String askerId) implements Click {}

  /** "Delete": remove the answer, if the clicker asked or moderates. */
  record Delete(String askerId) implements Click {}

  /** One of a quiz's choices, counted from 1. */
  record QuizChoice(long roundId, int choice) implements Click {}

  static String quizChoice(long roundId, int choice) {
    return QUIZ + roundId + ":" + choice;
  }

  static String another(String token, String askerId) {
    return ANOTHER + token + ":" + askerId;
  }

  static String delete(String askerId) {
    return DELETE + askerId;
  }

  /**
   * The click a custom id stands for; empty for ids Hotline did not make (or made differently
   * before).
   */
  static Optional<Click> parse(String customId) {
    if (customId == null) {
      return Optional.empty();
    }
    Matcher another = ANOTHER_ID.matcher(customId);
    if (another.matches()) {
      return Optional.of(new Another(another.group(1), another.group(2)));
    }
    Matcher delete = DELETE_ID.matcher(customId);
    if (delete.matches()) {
      return Optional.of(new Delete(delete.group(1)));
    }
    Matcher quiz = QUIZ_ID.matcher(customId);
    if (quiz.matches()) {
      return Optional.of(
          new QuizChoice(Long.parseLong(quiz.group(1)), Integer.parseInt(quiz.group(2))));
    }
    return Optional.empty();
  }
}
