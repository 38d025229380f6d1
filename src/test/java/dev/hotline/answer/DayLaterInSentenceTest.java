package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month or year whose sentence goes on to name the day inside it is answered with that day. */
class DayLaterInSentenceTest {
  @TempDir Path dir;

  @Test
  void theDayTheSentenceGoesOnToNameAnswers() throws IOException {
    assertThat(
            bestDate(
                """
                The harbour war began in 1921. A truce came in August. The war officially \
                ended four months later, when the two leagues signed the Treaty of Velden on \
                December 10, 1921.
                """,
                "when did the harbour war officially end"))
        .isEqualTo("1921-12-10");
  }

  @Test
  void aDayOutsideTheYearOrTwoDaysLeaveTheDateAsItIs() throws IOException {
    assertThat(
            bestDate(
                """
                The harbour war began in 1921. The war officially ended in 1923, and the \
                leagues met again at Velden on December 10, 1924.
                """,
                "when did the harbour war officially end"))
        .isEqualTo("1923");
  }

  private String bestDate(String body, String question) throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir).article("The Harbour War, 1921–1923", body).open()) {
      return Asking.bestDate(index, question);
    }
  }
}
