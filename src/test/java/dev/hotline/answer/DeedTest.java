package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event whose clause, or the story told after it, tells the deed a do-question asks about
 * answers it.
 */
class DeedTest {
  @TempDir Path dir;

  @Test
  void theClauseTellingTheDeedAnswersOverOneNamingMoreOfItsParties() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Crossing to Vell, 1960–1961",
                """
                In March 1960, the council directed the harbour guild to train the river \
                exiles and plan their crossing to Vell. The guild trained them for a year on \
                the far shore.

                The river exiles landed at Vell Bay on April 17, 1961, and were routed within \
                two days by the island militia.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "when did the guild trained exiles land in vell"))
          .isEqualTo("1961-04-17");
    }
  }

  @Test
  void theDeedCountsInTheUndatedSentencesThatGoOnTellingAnEvent() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Tarn Affair, 1860",
                """
                In October 1860, Arden and Holt slipped past the river patrol and sailed for \
                Corvel on the Tarn. Captain Rusk stopped the Tarn on November 8, 1860, and took \
                both men prisoner.

                On December 26, 1860, Marrow sent a note to the envoy of Corvel. Marrow \
                defended the captain, though he conceded that the captain had erred. \
                Nevertheless, Marrow agreed to free the prisoners.
                """)
            .open()) {
      String question = "when did marrow agree to free arden and holt";
      assertThat(Asking.feature(index, question, "1860-12-26", Feature.DEED))
          .containsOnly(EventRanker.STORY_SHARE);
      assertThat(Asking.bestDate(index, question)).isEqualTo("1860-12-26");
    }
  }
}
