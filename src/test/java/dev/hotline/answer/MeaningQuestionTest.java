package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question asking what a term means is answered by the sentence that defines the term. */
class MeaningQuestionTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "shuttle diplomacy - what does that even mean lol | true",
        "what is meant by peaceful coexistence | true",
        "what does nato stand for | true",
        "definition of detente | true",
        "how long was the treaty meant to last | false",
        "what did the treaty say | false"
      })
  void aQuestionAsksWhatATermMeans(String question, boolean asked) {
    assertThat(Cues.asksMeaning(question)).isEqualTo(asked);
  }

  @Test
  void theSentenceThatDefinesTheTermAnswers() throws IOException {
    String body =
        """
        Courier diplomacy secured a last settlement in October 1953, when both harbour councils \
        signed the fishing accord that Minister Dahl had carried between them.

        In March 1952, Minister Dahl began flying between the two harbour councils every week in \
        what the newspapers called courier diplomacy, a term coined for talks carried back and \
        forth by one envoy.
        """;
    try (PassageIndex index =
        SmallIndex.in(dir).article("Minister Dahl's Courier Years", body).open()) {
      assertThat(Asking.bestDate(index, "courier diplomacy - what does that mean"))
          .isEqualTo("1952-03");
    }
  }
}
