package dev.hotline.chat;

import dev.hotline.dates.DateValue;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The events of a calendar day across the years, for "on this day" replies and daily posts.
 *
 * @param exact whether the events are from the day asked for ("on this day") or the nearest day
 *     that has any ("this week")
 */
public record DayCard(MonthDay requested, MonthDay found, boolean exact, List<DayEvent> events) {
  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  public DayCard {
    events = List.copyOf(events);
  }

  /** The card's heading: "On this day: July 23", or "Nearest day with events: July 22". */
  public String heading() {
    return heading(requested, found, exact);
  }

  /** Why the events are from another day than the one asked for; empty when they are not. */
  public Optional<String> whyAnotherDay() {
    return whyAnotherDay(requested, exact);
  }

  /** {@link #heading()} for a lookup that made no card (the command line's). */
  public static String heading(MonthDay requested, MonthDay found, boolean exact) {
    return exact
        ? "On this day: " + DateValue.inWords(requested)
        : "Nearest day with events: " + DateValue.inWords(found);
  }

  /**
   * {@link #whyAnotherDay()} for a lookup that made no card. February 29 is a day most years lack,
   * so Hotline says that rather than that nothing happened on it.
   */
  public static Optional<String> whyAnotherDay(MonthDay requested, boolean exact) {
    if (exact) {
      return Optional.empty();
    }
    return Optional.of(
        requested.equals(LEAP_DAY)
            ? "February 29 comes only in leap years."
            : "Nothing on " + DateValue.inWords(requested) + " in my articles.");
  }

  /**
   * One event: its date, the sentence that tells it, and its source.
   *
   * @param passageId the passage it comes from, so daily posts can avoid repeating it; empty when
   *     unknown
   */
  public record DayEvent(
      String iso,
      String dateWords,
      String sentence,
      String title,
      String source,
      String url,
      String passageId) {
    public DayEvent {
      passageId = passageId == null ? "" : passageId;
    }

    /** An event whose passage does not matter (renderer tests, made-up cards). */
    public DayEvent(
        String iso, String dateWords, String sentence, String title, String source, String url) {
      this(iso, dateWords, sentence, title, source, url, "");
    }
  }
}
