package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start or end word with its own object after it tells that object's start or end, not that of
 * the thing named before it: "the strike prompted the creation of the Dock Council".
 */
class OwnObjectTest {
  @TempDir Path dir;

  @Test
  void aStartWordWithItsOwnObjectIsNotTheStartOfTheThingBeforeIt() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Strike",
                """
                The harbour strike of 1950 prompted the creation of the Dock Council in March \
                1951.
                """)
            .open()) {
      assertThat(
              Asking.feature(
                  index, "when did the harbour strike start", "1951-03", Feature.END_ASKED))
          .containsExactly(0.0);
    }
  }

  @Test
  void aStartWordWhoseOfNamesATimeStillTellsTheThingsStart() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Strike",
                """
                The harbour strike saw its beginning of March 1951 in the docks.
                """)
            .open()) {
      assertThat(
              Asking.feature(
                  index, "when did the harbour strike start", "1951-03", Feature.END_ASKED))
          .containsExactly(1.0);
    }
  }
}
