package dev.hotline.passage;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated event an article tells: when it happened, what happened, and where the passage tells it.
 *
 * @param id stable id: the passage id and the event's place among that passage's events
 * @param date when it happened (when it began, for something that lasted), as written in the
 *     passage; its offsets are -1 when the passage does not write it
 * @param end when it ended, for something that lasted; empty for a single event
 * @param description a short account of what happened ("East German forces seal the sector border
 *     in Berlin"), readable on its own
 * @param declared whether the article lists this event among its key events (front matter), rather
 *     than Hotline reading it from a date in the text
 * @param clauseStart where the clause telling the event starts in the passage text, -1 if nowhere
 * @param clauseEnd where that clause ends
 */
public record Event(
    String id,
    String passageId,
    String articleId,
    String title,
    DateMention date,
    Optional<DateValue> end,
    String description,
    boolean declared,
    int clauseStart,
    int clauseEnd) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(description, "description");
  }

  /** The same event dated otherwise: from {@code date}, to {@code end} when it lasted. */
  public Event dated(DateMention date, Optional<DateValue> end) {
    return new Event(
        id, passageId, articleId, title, date, end, description, declared, clauseStart, clauseEnd);
  }

  /** Whether the passage text tells this event (rather than only the article's list of events). */
  public boolean told() {
    return clauseStart >= 0;
  }
}
