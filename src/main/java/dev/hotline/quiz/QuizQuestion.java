package dev.hotline.quiz;

import java.util.List;

/**
 * A quiz as it is asked and kept: the question, four choices, which is right, and what to say when
 * the answer is revealed.
 *
 * @param correct the right choice, counted from 0
 * @param eventId the event asked about, so that a place does not get it twice in a row and study
 *     mode knows what was practised
 * @param dateWords the event's date in words ("August 13, 1961")
 * @param explanation one line naming the date and the source, within {@link QuizLimits#EXPLANATION}
 */
public record QuizQuestion(
    QuizKind kind,
    String text,
    List<String> choices,
    int correct,
    String eventId,
    String dateWords,
    String explanation,
    QuizSource source) {

  public QuizQuestion {
    choices = List.copyOf(choices);
    if (correct < 0 || correct >= choices.size()) {
      throw new IllegalArgumentException("no choice " + correct + " among " + choices.size());
    }
  }

  /** The right choice's text. */
  public String answer() {
    return choices.get(correct);
  }
}
