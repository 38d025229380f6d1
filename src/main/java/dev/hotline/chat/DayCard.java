package dev.hotline.chat;

import java.time.MonthDay;
import java.util.List;

/**
 * The events of a calendar day across the years, for "on this day" replies and daily posts.
 *
 * @param exact whether the events are from the day asked for ("on this day") or the nearest day
 *     that has any ("this week")
 */
public record DayCard(MonthDay requested, MonthDay found, boolean exact, List<DayEvent> events) {
  public DayCard {
    events = List.copyOf(events);
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
