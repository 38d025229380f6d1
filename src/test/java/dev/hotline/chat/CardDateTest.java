package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.AnswerCard.CardDate;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.passage.Event;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One date line per card: the date in words, the ISO form only where it says more, the event. */
class CardDateTest {

  @Test
  void aDayIsSaidOnceInWordsAndItsEventFollows() {
    CardDate date =
        CardDate.of(
            mention(DateValue.day(1961, 8, 13)),
            Optional.of(
                event(
                    DateValue.day(1961, 8, 13),
                    Optional.empty(),
                    "East German forces seal the sector border in Berlin")));

    assertThat(date.line())
        .isEqualTo("August 13, 1961 — East German forces seal the sector border in Berlin");
    assertThat(date.iso()).isEqualTo("1961-08-13");
  }

  @Test
  void withoutAnEventTheLineIsTheDateAlone() {
    assertThat(CardDate.of(mention(DateValue.year(1991)), Optional.empty()).line())
        .isEqualTo("1991");
  }

  @Test
  void somethingThatLastedShowsBothEnds() {
    CardDate date =
        CardDate.of(
            mention(DateValue.day(1948, 6, 24)),
            Optional.of(
                event(
                    DateValue.day(1948, 6, 24),
                    Optional.of(DateValue.day(1949, 5, 12)),
                    "The Soviet blockade of West Berlin")));

    assertThat(date.line())
        .isEqualTo("June 24, 1948 – May 12, 1949 — The Soviet blockade of West Berlin");
    assertThat(date.iso()).isEqualTo("1948-06-24/1949-05-12");
  }

  @Test
  void theIsoFormIsShownOnlyWhereItIsMorePreciseThanTheWords() {
    assertThat(CardDate.of(mention(DateValue.season(1969, 6, 8)), Optional.empty()).line())
        .isEqualTo("summer 1969 (1969-06/1969-08)");
    assertThat(CardDate.of(mention(DateValue.decade(1960, 1963)), Optional.empty()).line())
        .isEqualTo("the early 1960s (1960/1963)");
    assertThat(CardDate.of(mention(DateValue.decade(1960, 1969)), Optional.empty()).line())
        .isEqualTo("the 1960s");
    assertThat(CardDate.of(mention(DateValue.month(1962, 10)), Optional.empty()).line())
        .isEqualTo("October 1962");
  }

  private static DateMention mention(DateValue value) {
    return new DateMention(value, value.iso(), 0, value.iso().length(), false);
  }

  private static Event event(DateValue date, Optional<DateValue> end, String description) {
    return new Event("p1#0", "p1", "a1", "Berlin", mention(date), end, description, true, 0, 10);
  }
}
