package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event whose clause tells the deed a do-question asks about answers it. */
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
}
