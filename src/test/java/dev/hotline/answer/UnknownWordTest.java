package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word no article holds stops a question only when the answer does not tell the rest of it. */
class UnknownWordTest {
  @TempDir Path dir;

  @Test
  void theRestToldOverTwoSentencesIsAnswered() throws IOException {
    try (PassageIndex index = harbour()) {
      AnswerResult result =
          new AnswerService(IndexAccess.fixed(index))
              .answer("when did the fishermen find out the admiral's medals were bogus");
      assertThat(result.best())
          .hasValueSatisfying(a -> assertThat(a.passage()).contains("medals had been bought"));
    }
  }

  @Test
  void theRestToldOnlyInPartIsNot() throws IOException {
    try (PassageIndex index = harbour()) {
      AnswerResult result =
          new AnswerService(IndexAccess.fixed(index))
              .answer("when did the keepers find out the admiral's yacht was bogus");
      assertThat(result.answered()).isFalse();
    }
  }

  private PassageIndex harbour() throws IOException {
    return SmallIndex.in(dir)
        .article(
            "The Harbour Admiral",
            """
            In 1953 the old harbour admiral died. Three years later, the fishermen found out that \
            his medals had been bought from a dealer.
            """)
        .article(
            "The Lighthouse Keepers",
            "The lighthouse keepers went on strike in 1960 over their pay and their hours.")
        .open();
  }
}
