package dev.hotline.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What relative date expressions are resolved against while reading one article in order: its
 * publication date ("65 years ago today") and the last date it mentioned ("three years later").
 */
public final class DateContext {
  private final LocalDate published;
  private final DateValue period;
  private DateValue lastMentioned;
  private boolean mentionedInPassage;

  public DateContext(LocalDate published) {
    this(published, null);
  }

  /**
   * @param period the years the article says it covers (from its title, "…, 1974–1975"), or {@code
   *     null}; dates written without a year are placed inside it
   */
  public DateContext(LocalDate published, DateValue period) {
    this.published = published;
    this.period = period;
  }

  /** A context with no publication date, for text such as questions. */
  public static DateContext none() {
    return new DateContext(null);
  }

  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  public Optional<DateValue> period() {
    return Optional.ofNullable(period);
  }

  public Optional<DateValue> lastMentioned() {
    return Optional.ofNullable(lastMentioned);
  }

  /**
   * Whether the last date mentioned stands in the passage being read: a date beyond the article's
   * period anchors yearless dates only there ("ended in 1976, after Mao's death in September").
   */
  boolean mentionedInPassage() {
    return mentionedInPassage;
  }

  /** Starts reading another passage of the same article. */
  public void nextPassage() {
    mentionedInPassage = false;
  }

  void mentioned(DateValue value) {
    lastMentioned = value;
    mentionedInPassage = true;
  }
}
