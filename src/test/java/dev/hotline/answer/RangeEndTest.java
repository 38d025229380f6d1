package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question asking when something told as a span ended gets the span's end. */
class RangeEndTest {
  @TempDir Path dir;

  @Test
  void anEndAskedOfASpanIsItsEnd() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Summit",
                "The Harbour Summit, held from September 5–17, 1978, gave the two ports a"
                    + " treaty.\n")
            .open()) {
      AnswerService answers = new AnswerService(IndexAccess.fixed(index));
      assertThat(iso(answers, "when did the harbour summit end")).isEqualTo("1978-09-17");
      assertThat(iso(answers, "when did the harbour summit wrap up")).isEqualTo("1978-09-17");
      assertThat(iso(answers, "when did the harbour summit start")).isEqualTo("1978-09-05");
    }
  }

  private static String iso(AnswerService answers, String question) {
    return answers.answer(question).best().orElseThrow().date().orElseThrow().iso();
  }
}
