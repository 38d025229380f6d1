package dev.hotline.quiz;

/** What a quiz asks about its event. */
public enum QuizKind {
  /** In which year did it happen: four years close to each other. */
  YEAR,
  /** In which month and year, for an event known to the day. */
  MONTH,
  /** Which of four events came first. */
  FIRST,
  /** What happened on a day (or in a month): four events. */
  WHAT_HAPPENED
}
