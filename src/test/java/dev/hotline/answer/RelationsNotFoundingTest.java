package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Establishing relations with a state recognises it; it does not found it. */
class RelationsNotFoundingTest {
  @TempDir Path dir;

  @Test
  void aStateWasFoundedWhenItWasProclaimedNotWhenOthersEstablishedRelations() throws IOException {
    String founding =
        """
        After years of war in the islands, the Harbour League proclaimed the Republic of Vell in \
        the old port on March 3, 1951.

        Diplomatic relations between the Northern Union and the Republic of Vell were \
        established on June 9, 1966, long after the war.

        On May 2, 1972, the Southern Federation established formal ties with the Republic of \
        Vell and opened an embassy in its capital.
        """;
    try (PassageIndex index = SmallIndex.in(dir).article("The Republic of Vell", founding).open()) {
      assertThat(Asking.bestDate(index, "when was the republic of vell founded"))
          .isEqualTo("1951-03-03");
    }
  }
}
