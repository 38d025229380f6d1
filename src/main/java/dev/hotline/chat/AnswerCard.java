package dev.hotline.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An answer as a chat card: the answering sentence and its passage, the event date in words and
 * ISO, the source, and which of the alternatives it is.
 *
 * @param published the article's publication date, or {@code null}
 * @param url the article's link, or {@code null}
 * @param position 1-based place among the alternatives
 * @param token names the alternatives for an "Another answer" action; short enough for any
 *     platform's button payload
 * @param notes things the asker should know (a long question was cut short)
 */
public record AnswerCard(
    String question,
    String sentence,
    String passage,
    Optional<CardDate> date,
    String title,
    String source,
    LocalDate published,
    String url,
    int position,
    int total,
    String token,
    List<String> notes) {

  public AnswerCard {
    notes = List.copyOf(notes);
  }

  /** Whether an "Another answer" action leads anywhere. */
  public boolean hasAnother() {
    return total > 1;
  }

  /**
   * A date as a card shows it, with the event it dates.
   *
   * @param iso ISO 8601; an interval ({@code 1948-06-24/1949-05-12}) for something that lasted
   * @param words the date in words; both ends for something that lasted
   * @param event what happened then, when Hotline knows it
   */
  public record CardDate(String iso, String words, Optional<String> event) {
    public CardDate(String iso, String words) {
      this(iso, words, Optional.empty());
    }
  }
}
