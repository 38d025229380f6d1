package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asked outright when something started, its end is no answer, however well it matches. */
class OtherEndTest {
  // Each paragraph is long enough to be a passage of its own.
  private static final String REVOLT =
      """
      On May 3, 1931, armed miners seized the town hall and the railway station of Zarn \\
      and declared that the old council no longer governed any of the mining towns around it.

      The Zarn revolt collapsed on June 9, 1931, when the last miners of the Zarn revolt gave up \\
      the town hall, and the Zarn revolt was remembered in the valley for many years after.
      """;

  private static final String COLLAPSE = "1931-06-09";

  @TempDir Path dir;

  @Test
  void anEventTellingTheOtherEndOfWhatWasAskedIsMarkedAsSuch() throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("The Zarn Revolt", REVOLT).open()) {
      String start = "when did the zarn revolt start";
      assertThat(Asking.feature(index, start, COLLAPSE, Feature.OTHER_END_ASKED)).containsOnly(1.0);
      assertThat(Asking.feature(index, start, COLLAPSE, Feature.END_ASKED)).containsOnly(0.0);
      String end = "when did the zarn revolt end";
      assertThat(Asking.feature(index, end, COLLAPSE, Feature.END_ASKED)).containsOnly(1.0);
      assertThat(Asking.feature(index, end, COLLAPSE, Feature.OTHER_END_ASKED)).containsOnly(0.0);
    }
  }

  @Test
  void theStartIsTheAnswerEvenWhereTheEndNamesTheThingMoreOften() throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("The Zarn Revolt", REVOLT).open()) {
      assertThat(Asking.bestDate(index, "when did the zarn revolt start")).isEqualTo("1931-05-03");
    }
  }

  @Test
  void aVerbWithTheThingAsItsObjectTellsItsEnd() throws IOException {
    String truce =
        """
        The valley truce took shape in 1931, when the miners and the owners agreed to meet \
        every spring, and on May 3, 1932, they signed a charter of common rules for the mines.

        The owners' lockout of March 1936 ended the truce: on April 2, 1936, the miners left \
        the joint council, and the charter of common rules was never signed again.
        """;
    try (PassageIndex index = SmallIndex.in(dir).article("The Valley Truce", truce).open()) {
      assertThat(
              Asking.feature(index, "when did the truce start", "1936-03", Feature.OTHER_END_ASKED))
          .containsOnly(1.0);
      assertThat(Asking.feature(index, "when did the truce end", "1936-03", Feature.END_ASKED))
          .containsOnly(1.0);
    }
  }

  @Test
  void aCeasefireEndsTheFightingWhoeverAcceptsIt() throws IOException {
    String border =
        """
        Fighting broke out along the Zarn border in April 1961, when Ostland and Westmark troops \
        clashed over the river fords, and spread to the passes by summer.

        Ostland accepted the ceasefire on September 21, 1961, and Westmark on September 22, after \
        the league's envoys had shuttled between the two capitals for a month.
        """;
    try (PassageIndex index = SmallIndex.in(dir).article("The Zarn Border War", border).open()) {
      String start = "when did the ostland westmark fighting begin";
      assertThat(Asking.feature(index, start, "1961-09-21", Feature.OTHER_END_ASKED))
          .containsOnly(1.0);
      assertThat(Asking.bestDate(index, start)).isEqualTo("1961-04");
      assertThat(Asking.bestDate(index, "when did the ostland westmark fighting stop"))
          .startsWith("1961-09-2");
    }
  }
}
