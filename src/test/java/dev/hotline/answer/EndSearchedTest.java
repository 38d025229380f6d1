package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question asking for an end finds the one passage that tells it among many naming the thing. */
class EndSearchedTest {
  @TempDir Path dir;

  @Test
  void theEndIsFoundAmongManyPassagesThatNameTheWarMoreOften() throws IOException {
    StringBuilder war = new StringBuilder();
    String[] places = {
      "Arden", "Belmor", "Castel", "Dunwick", "Elmsford", "Fenwick", "Garrow", "Holt", "Ivel",
      "Jarrow", "Kestrel", "Lindow", "Marrick", "Norden", "Oakley", "Pellham", "Quarry", "Rushden"
    };
    for (int i = 0; i < places.length; i++) {
      war.append("In the Zarn war the town of ")
          .append(places[i])
          .append(" changed hands twice in the Zarn war, on March ")
          .append(i + 1)
          .append(", 1930, and again in the spring, as the armies of the Zarn war moved along the")
          .append(" river valley and its roads.\n\n");
    }
    war.append(
        "Peace came to the river towns when the last garrison of Velt surrendered to the northern"
            + " armies in the hills above the valley on May 5, 1931, which ended the Zarn war after"
            + " years of raids, sieges and hunger along the whole length of the river and its"
            + " many bridges.\n");
    try (PassageIndex index =
        SmallIndex.in(dir).article("The River Towns", war.toString()).open()) {
      assertThat(Asking.bestDate(index, "when did the zarn war end")).isEqualTo("1931-05-05");
    }
  }
}
