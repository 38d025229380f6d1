package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day that several passages tell of what was asked is its date more often than one told once. */
class DateAgreementTest {
  // Each paragraph is long enough to be a passage of its own.
  private static final String FLOOD =
      """
      The river board spoke about the Krell flood only on May 14, 1931, in a long broadcast that \
      admitted its scale while blaming the weather and the farmers upstream for all the damage \
      done.

      The Krell flood struck the lower valley on April 26, 1931, after the old dam gave way in \
      the night and the water rose faster than anyone in the villages below had seen before.

      Farmers who fought the Krell flood on April 26, 1931, lost their barns and herds, and many \
      of their families spent the following summer in tents on the hills above the valley.

      The dam of the valley had been inspected on April 26, 1930, by engineers who found its \
      walls sound, and the board of the valley trusted their report for another year.
      """;

  @TempDir Path dir;

  @Test
  void aDayToldByAnotherPassageOfTheSameSubjectAgrees() throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("The Krell Flood", FLOOD).open()) {
      assertThat(agreement(index, "1931-04-26")).containsOnly(0.5);
      assertThat(agreement(index, "1931-05-14")).containsOnly(0.0);
      // Nor does a day told of something else the article tells.
      assertThat(agreement(index, "1930-04-26")).containsOnly(0.0);
    }
  }

  private static List<Double> agreement(PassageIndex index, String iso) {
    return Asking.feature(index, "when did the krell flood happen", iso, Feature.AGREEMENT);
  }
}
