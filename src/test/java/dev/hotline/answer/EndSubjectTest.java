package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An end word tells the end of its verb's subject: one standing before a clause that opens with the
 * verb, and not a thing named in a clause that opens the sentence to time the rest.
 */
class EndSubjectTest {
  @TempDir Path dir;

  @Test
  void aSubjectBeforeAClauseOpeningWithItsVerbIsWhatEnded() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Tolls",
                """
                Harbour rule, the name given by the island council in 1948 to its system of tolls \
                and passes, came to an end in the early 1990s in a series of steps. The fishermen \
                had long resented harbour rule.
                """)
            .open()) {
      assertThat(Asking.feature(index, "when did harbour rule end", "1990/1993", Feature.END_ASKED))
          .containsExactly(1.0);
    }
  }

  @Test
  void aThingNamedInAnOpeningTimeClauseIsNotWhatTheMainVerbEnds() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Tolls",
                """
                After the island council passed the Harbour Rule Act in 1986, many shipping firms \
                withdrew from the island.
                """)
            .open()) {
      assertThat(Asking.feature(index, "when did harbour rule end", "1986", Feature.END_ASKED))
          .containsExactly(0.0);
    }
  }
}
