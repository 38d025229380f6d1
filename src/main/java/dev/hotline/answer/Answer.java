package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.passage.Event;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One answer: the passage that answers, the sentence in it that answers most directly, the date
 * that best answers the question, and where it comes from.
 *
 * @param date the event date that answers, or empty when the passage names none
 * @param published the article's publication date, or {@code null}
 * @param url the article's link, or {@code null}
 * @param confidence 0..1, how sure Hotline is that this answers the question
 * @param event the event the date belongs to: what happened, and when it ended if it lasted
 */
public record Answer(
    String passageId,
    String passage,
    String sentence,
    Optional<DateMention> date,
    LocalDate published,
    String title,
    String source,
    String url,
    double score,
    double confidence,
    Optional<Event> event) {}
