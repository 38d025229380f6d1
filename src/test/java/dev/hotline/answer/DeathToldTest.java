package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A death a passage tells ends a life, not the war or the treaty asked about: the war's casualties
 * told after its outbreak do not make the outbreak an end, unless the question asks of a death.
 */
class DeathToldTest {
  @TempDir Path dir;

  private static final String BODY =
      """
      After its defeat in the harbour war of 1898, Orsk ceded the islands to Vell. On February 4, \
      1899, just two days before the Vell council ratified the treaty, fighting broke out between \
      Vell troops and island rebels. The ensuing island war lasted three years and resulted in the \
      death of over 4,000 Vell soldiers. As many as 20,000 islanders died from famine.

      Even as the fighting went on, the government that Vell established on the islands in 1900 \
      launched a campaign of attraction.
      """;

  @Test
  void casualtiesToldAfterAnOutbreakLeaveItAStart() throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("The Island War", BODY).open()) {
      assertThat(Asking.bestDate(index, "when did the vell island war break out"))
          .isEqualTo("1899-02-04");
    }
  }
}
