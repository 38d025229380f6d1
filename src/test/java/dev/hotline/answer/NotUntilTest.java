package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did not … until" and a date tells when it did happen; without a date it still denies, up to the
 * end of its clause, unless the question asks of something not done.
 */
class NotUntilTest {
  @TempDir Path dir;

  private static final String TITLE = "The War of the Two Leagues, 1930";

  @Test
  void aTruceNotSignedUntilMarchWasSignedInMarch() throws IOException {
    assertThat(
            bestDate(
                """
                The leagues fought on into 1931. The two leagues did not sign a truce until \
                March. The truce lines held until 1940, when the northern league crossed them.
                """,
                "when did the two leagues sign a truce"))
        .isEqualTo("1931-03");
  }

  @Test
  void aTruceNotSignedUntilTheSpringWasSignedThen() throws IOException {
    assertThat(
            bestDate(
                """
                The leagues fought on. The two leagues did not sign a truce until the spring \
                of 1931. The truce lines held until 1940, when the northern league crossed them.
                """,
                "when did the two leagues sign a truce"))
        .isEqualTo("1931-03/1931-05");
  }

  @Test
  void aTruceNeverSignedIsStillDenied() throws IOException {
    assertThat(
            bestDate(
                """
                The leagues fought on. In 1931 the two leagues did not sign a truce, and the \
                fighting went on. On June 2, 1933, the two leagues signed a truce at Velden.
                """,
                "when did the two leagues sign a truce"))
        .isEqualTo("1933-06-02");
  }

  @Test
  void aDenialEndsWithItsClause() throws IOException {
    assertThat(
            bestDate(
                """
                The leagues fought on. Though the north did not want a truce, the two leagues \
                signed a truce at Velden in March 1931. In 1940 the two leagues met again at \
                Velden.
                """,
                "when did the two leagues sign a truce"))
        .isEqualTo("1931-03");
  }

  @Test
  void aQuestionAskingOfSomethingNotDoneFindsItsDenial() throws IOException {
    assertThat(
            bestDate(
                """
                The two leagues fought on. In 1933 the north announced that it would not sign \
                a truce with the south. In 1940 the north and the south signed a truce.
                """,
                "when did the north say it would not sign a truce with the south"))
        .isEqualTo("1933");
  }

  private String bestDate(String body, String question) throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article(TITLE, body).open()) {
      return Asking.bestDate(index, question);
    }
  }
}
