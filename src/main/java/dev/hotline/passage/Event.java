package dev.hotline.passage;

import dev.hotline.dates.DateValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated event an article tells: when it happened, what happened, and the passage that tells it.
 *
 * @param id stable id: the passage id and the event's place among that passage's events
 * @param date when it happened, or when it began for something that lasted
 * @param end when it ended, for something with a duration; empty for a single event
 * @param description a short account of what happened ("East German forces seal the sector border
 *     in Berlin"), readable on its own
 * @param declared whether the article lists this event among its key events (front matter), rather
 *     than Hotline reading it from a date in the text
 * @param offset where the date is written in the passage text, or -1 when it is not written there
 */
public record Event(
    String id,
    String passageId,
    String articleId,
    String title,
    DateValue date,
    Optional<DateValue> end,
    String description,
    boolean declared,
    int offset) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(description, "description");
  }
}
