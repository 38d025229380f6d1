package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range of years ("the war of 1980–1988") gives a start question its first year. */
class DateRangeAnswerTest {
  @TempDir Path dir;

  @Test
  void theFirstYearOfARangeAnswersWhenItStartedWhateverEndsBesideIt() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Gulf Crisis",
                """
                At the end of the Iran-Iraq War of 1980–1988, Iraq emerged with its state intact \
                but laden with debts.

                In 1990 Iraq threatened to reopen its old quarrel over the islands.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "when did the iran-iraq war start")).isEqualTo("1980");
      assertThat(Asking.bestDate(index, "when did the iran-iraq war end")).isEqualTo("1988");
    }
  }
}
