package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start or end word tells the event of its own clause: not an earlier event's end when a clause
 * opens its sentence to time it, nor an earlier date's when a later date's clause holds it.
 */
class TimeClauseTest {
  @TempDir Path dir;

  @Test
  void aStartWordInAnOpeningTimeClauseDoesNotStartTheEventBefore() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Talks",
                """
                In late 1954 and early 1955, the shelling of the harbour islands brought the two \
                governments to the brink. The shelling stopped when both agreed to meet. When the \
                harbour talks began, each side sent an ambassador and a list of prisoners.

                On August 1, 1955, the two governments opened the harbour talks in Geneva to \
                discuss their prisoners.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "when did the harbour talks begin"))
          .isEqualTo("1955-08-01");
    }
  }

  @Test
  void aWordInALaterDatesClauseTellsThatDatesEndNotTheFirst() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Bombing",
                """
                Operation Harbour Thunder commenced on February 13, 1965 and continued through the \
                spring of 1967.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "when did operation harbour thunder end"))
          .startsWith("1967");
      assertThat(Asking.bestDate(index, "when did operation harbour thunder start"))
          .isEqualTo("1965-02-13");
    }
  }
}
