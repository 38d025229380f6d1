package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.dates.DateValue;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year in a clause that places the asked thing after or before another ("after the 65 war")
 * dates that other thing: the answer lies from it on, or up to it, not in it.
 */
class PlacingYearTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "when did they start selling arms again after the 65 war, 1965-01-01, 9999-12-31",
    "what happened to the treaty once the 1812 war was over, 1812-01-01, 9999-12-31",
    "who ran the port following the 1921 strike, 1921-01-01, 9999-12-31",
    "how long were they at odds before the 1933 treaty, 0001-01-01, 1933-12-31",
    "when did they start selling arms again in 1965, 1965-01-01, 1965-12-31",
    "after the war when did they sell arms in 1969, 1969-01-01, 1969-12-31"
  })
  void aYearInAPlacingClauseBoundsTheAnswer(String question, String from, String to) {
    ParsedQuestion parsed = new QuestionParser().parse(question);
    assertThat(parsed.scope())
        .hasValueSatisfying(
            scope -> {
              assertThat(scope.from()).isEqualTo(LocalDate.parse(from));
              assertThat(scope.to()).isEqualTo(LocalDate.parse(to));
            });
  }

  @Test
  void aYearThatPlacesTheThingDoesNotNameIt() {
    assertThat(new QuestionParser().parse("what came after the 1948 war").scopeNamesThing())
        .isFalse();
  }

  @Test
  void theAnswerComesFromAfterThePlacingYear() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour League and the Hill Republic",
                """
                In 1965 the Hill Republic fought a short border war with its northern neighbour, \
                and the Harbour League stopped selling arms to both sides at once.

                The Harbour League resumed selling arms to the Hill Republic in 1969, four years \
                after the border war, when its new council judged the danger past.
                """)
            .open()) {
      assertThat(
              Asking.bestDate(
                  index,
                  "when did the harbour league resume selling arms to the hill republic after the"
                      + " 65 war"))
          .isEqualTo("1969");
    }
  }

  @Test
  void aPlainYearStillScopes() {
    assertThat(new QuestionParser().parse("when did the league sell arms in 1965").scope())
        .contains(DateValue.year(1965));
  }
}
