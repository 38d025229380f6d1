package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What was X" asks for the thing itself, which its making tells better than a later episode. */
class ThingAskedTest {
  @TempDir Path dir;

  @Test
  void whatAThingWasIsAnsweredByItsMaking() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Pact, 1955-1991",
                "The harbour ports of the island signed a treaty of friendship and mutual aid in"
                    + " Kell on May 14, 1955, and the alliance it made was known ever after by"
                    + " the harbour's name.\n\n"
                    + "Norby, the smallest member, formally withdrew from the Harbour Pact on"
                    + " September 13, 1968, after quarrelling with the others over the fishing"
                    + " grounds.\n")
            .open()) {
      assertThat(Asking.bestDate(index, "what was the harbour pact")).isEqualTo("1955-05-14");
      // A question naming what happened keeps to it.
      assertThat(Asking.bestDate(index, "when did norby leave the harbour pact"))
          .isEqualTo("1968-09-13");
    }
  }
}
