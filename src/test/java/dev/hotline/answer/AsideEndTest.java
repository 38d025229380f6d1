package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An end told where none of the question's words stand is not the end of what was asked. */
class AsideEndTest {
  @TempDir Path dir;

  @Test
  void anAsideThatExpiredDoesNotEndTheRivalry() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Ferry Crews and the Bridge Guild",
                """
                With the opening of the bridge in 1961, the old quarrel was moot. The ferry \
                crews and the bridge guild were no longer rivals posing as partners. In July \
                1970, the old toll charter (expired 1965) was replaced by a new one.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "when did the crews and the guild stop as rivals"))
          .isEqualTo("1961");
    }
  }
}
