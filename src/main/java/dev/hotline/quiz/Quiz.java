package dev.hotline.quiz;

import java.util.List;

/**
 * A quiz just made: its question and choices with the dates and events behind them, so that it can
 * be checked, and the event it asks about.
 *
 * @param correct the right choice, counted from 0
 * @param explanation one line naming the date and the article, within {@link
 *     QuizLimits#EXPLANATION}
 */
public record Quiz(
    QuizKind kind,
    String question,
    List<Choice> choices,
    int correct,
    QuizEvent subject,
    String explanation) {

  public Quiz {
    choices = List.copyOf(choices);
  }

  public Choice answer() {
    return choices.get(correct);
  }

  /** The quiz as it is asked and kept, with its article's details. */
  public QuizQuestion asked(QuizSource source) {
    return new QuizQuestion(
        kind,
        question,
        choices.stream().map(Choice::text).toList(),
        correct,
        subject.id(),
        subject.date().inWords(),
        explanation,
        source);
  }
}
