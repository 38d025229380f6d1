package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acronym an article spells out once stands for its long form wherever the article uses it: a
 * question that spells the name out finds the clause that abbreviates it.
 */
class AcronymLongFormTest {
  @TempDir Path dir;

  private static final String TITLE = "The Fisheries Plans, 1950";

  private static final String BODY =
      """
      On June 14, 1950, before a session of the Northern Fisheries Board (NFB), envoy Dunn \
      presented a plan for the creation of a common fleet.

      The origins of the effort go back to the harbour conference of 1948, where the three \
      ports set up a joint commission to share out the catch. The resulting body, the NFB, was \
      founded on January 24, 1949, with four permanent members and two rotating members.
      """;

  @Test
  void theLongFormAskedFindsTheClauseWithTheAcronym() throws IOException {
    assertThat(bestDate("when was the northern fisheries board founded")).isEqualTo("1949-01-24");
  }

  @Test
  void theAcronymAskedStillFindsIt() throws IOException {
    assertThat(bestDate("when was the nfb founded")).isEqualTo("1949-01-24");
  }

  private String bestDate(String question) throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article(TITLE, BODY).open()) {
      return Asking.bestDate(index, question);
    }
  }
}
