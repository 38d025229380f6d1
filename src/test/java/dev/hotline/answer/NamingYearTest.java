package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.passage.Event;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year that names the thing asked about ("the 1973 oil embargo", "the convention of 1800") tells
 * which thing is meant: its end may fall in a later year, its start falls in that one.
 */
class NamingYearTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "when did the 1973 oil embargo end, true",
    "how long did their 1949 armistice hold, true",
    "when did the embargo end in 1973, false",
    "what happened in 1973, false",
    "when did the 1948 and 1949 talks end, false",
    "when did the 1970s oil crisis end, false",
    "1973 arab oil embargo - when was it lifted, true",
    "1973 what happened, false",
    "when did the convention of 1800 end, true",
    "how long did the war of 1812 last, true",
    "what happened in the summer of 1948, false",
    "when did the war end by the end of 1945, false",
    "where was the blockade as of 1949, false",
    "when did the original 1950 pact run out, true",
    "what replaced the old 1950 one, true",
    "when did the pact signed in 1950 run out, false",
    "what did the us do in 1950, false",
    // A short year is read after its "in", which puts it in time.
    "whose death in 53 set off the split, false",
    "whose 53 death set off the split, false"
  })
  void aYearInANameNamesTheThing(String question, boolean names) {
    assertThat(new QuestionParser().parse(question).scopeNamesThing()).isEqualTo(names);
  }

  @ParameterizedTest
  @CsvSource({
    // Its end may fall in a later year.
    "when did the 1973 harbour embargo end, 1974-03-18",
    "when did the harbour embargo of 1973 end, 1974-03-18",
    // Its start falls in that year.
    "when did the 1954 harbour conference open, 1954-04-26",
    // What was done to it may come later; the thing itself is of its year.
    "what replaced the 1962 harbour charter, 1981-07-01",
    "when did the council replace the harbour charter of 1962, 1981-07-01",
    "when was the 1962 harbour charter adopted, 1962-05-02",
    "when did the 1954 harbour conference take place, 1954-04-26"
  })
  void theEndOfAThingItsYearNamesMayFallLaterItsStartNot(String question, String date)
      throws IOException {
    try (PassageIndex index = harbour()) {
      assertThat(Asking.bestDate(index, question)).isEqualTo(date);
    }
  }

  @Test
  void aSpanBeginsInThatYearAndMayEndLater() throws IOException {
    try (PassageIndex index = harbour()) {
      Answer span =
          new AnswerService(IndexAccess.fixed(index))
              .answer("how long did the 1973 harbour embargo last")
              .best()
              .orElseThrow();
      assertThat(span.date()).hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("1973-10-17"));
      assertThat(span.event().flatMap(Event::end))
          .hasValueSatisfying(end -> assertThat(end.iso()).isEqualTo("1974-03-18"));
    }
  }

  @Test
  void theEndIsToldBesideTheYearItsThingIsNamedBy() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article("The Harbour Blockade", "The navy blockaded the harbour on May 3, 1960.")
            .article(
                "The Second Harbour Blockade",
                "The second harbour blockade, by the river towns, ended on June 9, 1975.")
            .open()) {
      assertThat(Asking.bestDate(index, "when did the 1960 harbour blockade end"))
          .isEqualTo("1960-05-03");
    }
  }

  private PassageIndex harbour() throws IOException {
    return SmallIndex.in(dir)
        .article(
            "The Harbour Embargo",
            """
            The island council closed the harbour to foreign ships on October 17, 1973, and the \
            harbour embargo hit every trading house on the coast.

            The harbour embargo was lifted on March 18, 1974, after a month of talks.
            """)
        .article(
            "The Harbour Conferences",
            """
            The first harbour conference opened on April 26, 1954, and ended without a treaty.

            A second harbour conference opened on October 27, 1955, with the same delegations.
            """)
        .article(
            "The Harbour Charter",
            """
            The island council adopted the harbour charter on May 2, 1962, after the two \
            conferences had failed, and the charter set the dues that every foreign ship paid at \
            the quay.

            Trade grew, and the quays were rebuilt twice. The harbour charter was replaced by a \
            coastal code on July 1, 1981, which the council drew up with the river towns and the \
            shipping houses.
            """)
        .open();
  }
}
