package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In an article about what was asked that lists no key events, the event whose clause says what the
 * title does not is the one asked about.
 */
class ClauseBeyondTitleTest {
  private static final String DOCTRINE =
      """
      Mayor Henrik Lund announced the Harbour Doctrine in January 1957, and the council approved \
      it in March of the same year. Under the Harbour Doctrine, any town on the coast could ask \
      the port board for dredgers and pilots.
      """;

  private static final String FERRIES =
      """
      The ferry line to the islands opened in May 1957, and the council approved new fares for it \
      in June 1957, a year before the bridge was planned.
      """;

  private static final String QUESTION = "when did the council approve the harbour doctrine";

  @TempDir Path dir;

  @Test
  void theClauseSayingWhatTheTitleDoesNotIsTheAnswer() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article("The Harbour Doctrine, 1957", DOCTRINE)
            .article("Ferries of the Coast", FERRIES)
            .open()) {
      assertThat(Asking.bestDate(index, QUESTION)).isEqualTo("1957-03");
      assertThat(beyond(index, "1957-03")).containsOnly(1.0);
      assertThat(beyond(index, "1957-01")).containsOnly(0.0);
      // An article whose title does not name what was asked is not about it.
      assertThat(beyond(index, "1957-06")).containsOnly(0.0);
    }
  }

  private static java.util.List<Double> beyond(PassageIndex index, String iso) {
    return Asking.feature(index, QUESTION, iso, Feature.CLAUSE_BEYOND_TITLE);
  }
}
