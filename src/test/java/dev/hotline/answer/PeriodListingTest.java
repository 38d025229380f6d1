package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What happened in 1931" lists the days the articles tell most, each once, not by file name. */
class PeriodListingTest {
  // Each paragraph is long enough to be a passage of its own.
  private static final String ANTHEM =
      """
      The valley board adopted a new anthem for its schools on March 3, 1931, after a contest \
      among the teachers of the upper villages that had dragged on through the whole winter.

      The anthem was first sung in the valley schools in the spring, and the children of the \
      lower villages learned it only when the roads opened again after the thaw.
      """;

  private static final String FLOOD =
      """
      The Krell flood struck the lower valley on April 26, 1931, after the old dam gave way in \
      the night and the water rose faster than anyone in the villages below had seen before.

      Farmers who fought the Krell flood on April 26, 1931, lost their barns and herds, and many \
      of their families spent the following summer in tents on the hills above the valley.
      """;

  private static final String RELIEF =
      """
      Relief for the Krell flood reached the valley late. On April 26, 1931, the night the dam \
      gave way, the flood cut the only road, and the first carts came through a week later.

      The relief committee met on June 2, 1931, to share out the grain and the blankets among \
      the villages of the valley, and it went on meeting every month until the winter.
      """;

  @TempDir Path dir;

  @Test
  void theDayMostPassagesTellComesFirstAndEachDayOnce() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article("A School Anthem", ANTHEM)
            .article("The Krell Flood", FLOOD)
            .article("Relief in the Valley", RELIEF)
            .open()) {
      AnswerResult result = new AnswerService(IndexAccess.fixed(index)).answer(
          "what happened in 1931?");

      assertThat(result.answers())
          .extracting(a -> a.date().orElseThrow().iso())
          .containsExactly("1931-04-26", "1931-03-03", "1931-06-02");
    }
  }
}
