package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verb joined to the clause before by "and" shares that clause's subject and words. */
class JoinedVerbTest {
  private static final String LEAGUE =
      "In 1952, the members of the Harbour League agreed to admit Norden and Sulby to the league"
          + " and added the Free Town of Arnby in 1955.";

  @TempDir Path dir;

  @Test
  void aJoinedVerbsClauseTellsTheWordsOfTheClauseBeforeIt() throws IOException {
    // A title that names nothing asked, so only the clauses tell the dates apart.
    try (PassageIndex index = SmallIndex.in(dir).article("Ports of the Coast", LEAGUE).open()) {
      String question = "when was arnby admitted to the harbour league";
      List<Double> added = Asking.feature(index, question, "1955", Feature.CLAUSE);
      List<Double> agreed = Asking.feature(index, question, "1952", Feature.CLAUSE);
      // Without the league and the admitting, 1955's clause holds only Arnby's name.
      assertThat(added.get(0)).isGreaterThan(agreed.get(0));
    }
  }
}
