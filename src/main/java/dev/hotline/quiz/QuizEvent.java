package dev.hotline.quiz;

import dev.hotline.dates.DateValue;

/**
 * An event a quiz can ask about: what happened, when, and the years its article covers, which wrong
 * answers must stay within.
 *
 * @param firstYear the first year the article covers
 * @param lastYear the last year the article covers
 */
public record QuizEvent(
    String id,
    String passageId,
    String articleId,
    String articleTitle,
    String description,
    DateValue date,
    boolean declared,
    int firstYear,
    int lastYear) {

  public int year() {
    return date.year();
  }

  /** Whether this event's span and {@code other}'s share a day. */
  public boolean overlaps(QuizEvent other) {
    return overlaps(other.date);
  }

  public boolean overlaps(DateValue other) {
    return !date.to().isBefore(other.from()) && !other.to().isBefore(date.from());
  }

  /** Whether the year is one the article covers. */
  public boolean inPeriod(int year) {
    return year >= firstYear && year <= lastYear;
  }
}
