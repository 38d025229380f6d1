package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story an event's clause goes on telling stops where another date's clause begins. */
class StoryTest {
  private static final String PORTS =
      """
      Mayor Henrik Lund announced the Harbour Doctrine in January 1957, and the council approved \
      it in March of the same year. Under the Harbour Doctrine, any town on the coast could ask \
      the port board for dredgers and pilots.
      """;

  @TempDir Path dir;

  @Test
  void aLaterDatesClauseIsNotTheStoryOfTheDateBefore() throws IOException {
    // A title that names nothing asked, so only the clauses and their stories tell the dates apart.
    try (PassageIndex index = SmallIndex.in(dir).article("Ports of the Coast", PORTS).open()) {
      double january = clause(index, "1957-01");
      double march = clause(index, "1957-03");
      // Without the council's approval, January's clause holds only the doctrine's name.
      assertThat(january).isLessThan(march);
    }
  }

  private static double clause(PassageIndex index, String iso) {
    List<Double> values =
        Asking.feature(
            index, "when did the council approve the harbour doctrine", iso, Feature.CLAUSE);
    assertThat(values).hasSize(1);
    return values.get(0);
  }
}
