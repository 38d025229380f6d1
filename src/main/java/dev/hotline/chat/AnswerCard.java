package dev.hotline.chat;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import dev.hotline.passage.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An answer as a chat card: the answering sentence and its passage, the event's date (with what
 * happened, when known), the source, and which of the alternatives it is. Renderers show the date
 * once ({@link CardDate#line()}) and the passage once, with the sentence set off inside it.
 *
 * @param published the article's publication date, or {@code null}
 * @param url the article's link, or {@code null}
 * @param position 1-based place among the alternatives
 * @param token names the alternatives for an "Another answer" action; short enough for any
 *     platform's button payload
 * @param notes things the asker should know (a long question was cut short, a follow-up was read
 *     with the question before it)
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
   * @param isoAddsPrecision whether the ISO form says more than the words: "summer 1969" is {@code
   *     1969-06/1969-08}, but "March 2, 1969" is all of {@code 1969-03-02}
   */
  public record CardDate(
      String iso, String words, Optional<String> event, boolean isoAddsPrecision) {
    public CardDate(String iso, String words, Optional<String> event) {
      this(iso, words, event, false);
    }

    public CardDate(String iso, String words) {
      this(iso, words, Optional.empty());
    }

    /** An answer's date and, when Hotline knows it, its event: both ends for what lasted. */
    public static CardDate of(DateMention date, Optional<Event> event) {
      Optional<DateValue> end = event.flatMap(Event::end);
      String iso = date.iso() + end.map(e -> "/" + e.iso()).orElse("");
      String words = date.value().inWords() + end.map(e -> " – " + e.inWords()).orElse("");
      boolean vague = vague(date.value()) || end.map(CardDate::vague).orElse(false);
      return new CardDate(iso, words, event.map(Event::description), vague);
    }

    /** Seasons and parts of decades are vaguer in words than in ISO. */
    private static boolean vague(DateValue date) {
      return date.granularity() == Granularity.SEASON
          || date.granularity() == Granularity.DECADE && date.to().getYear() % 10 != 9;
    }

    /** When, in words, with the ISO form in brackets where it is more precise. */
    public String when() {
      String shown = words.isBlank() ? iso : words;
      return isoAddsPrecision && !iso.isBlank() && !words.isBlank()
          ? shown + " (" + iso + ")"
          : shown;
    }

    /** The card's one date line: when, and what happened then. */
    public String line() {
      return event.filter(e -> !e.isBlank()).map(e -> when() + " — " + e).orElse(when());
    }
  }
}
