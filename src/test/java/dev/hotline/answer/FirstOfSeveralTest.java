package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asked for "the first" of something several each told as their own first, the earliest. */
class FirstOfSeveralTest {
  @TempDir Path dir;

  @Test
  void theEarliestOfSeveralFirstsIsTheFirst() throws IOException {
    // The 1921 first is told farthest from its date, in the longest paragraph: without the rule
    // the 1930 first, the closest match, answers.
    try (PassageIndex index = lanterns()) {
      assertThat(Asking.bestDate(index, "when was the first signal lantern lit"))
          .isEqualTo("1921-05-03");
    }
  }

  @Test
  void oneOwnFirstIsItsOwn() throws IOException {
    try (PassageIndex index = lanterns()) {
      assertThat(
              Asking.bestDate(index, "when did the island kingdom light its first signal lantern"))
          .isEqualTo("1935-08-01");
    }
  }

  private PassageIndex lanterns() throws IOException {
    return SmallIndex.in(dir)
        .article(
            "Signal Lanterns on the Bay",
            """
            In April 1915 the harbour board lit a trial signal lantern on the rocks for a single \
            night, and the fishermen complained that it blinded them.

            On May 3, 1921, after a long winter of storms and wrecks along the rocky coast, the \
            northern republic lit its first signal lantern, a plain iron frame at the mouth of the \
            bay that the sailors soon trusted more than charts. Its keeper, a retired pilot with a \
            wooden leg, kept a log of every ship that passed for thirty years.

            The southern republic lit its first signal lantern on June 9, 1930, after years of \
            quarrels over who would pay for the oil and the keeper's wages.

            The island kingdom lit its first signal lantern on the harbour wall on August 1, \
            1935, and the whole island came down to the quay to watch the glass catch the dusk.
            """)
        .open();
  }
}
