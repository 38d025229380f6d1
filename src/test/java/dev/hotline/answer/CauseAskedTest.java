package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why a thing happened, or what caused it, is told where it starts: not by the talks that ended it,
 * and not by another story that happens to say "caused".
 */
class CauseAskedTest {
  @TempDir static Path dir;
  private static PassageIndex index;

  @BeforeAll
  static void buildIndex() throws IOException {
    index =
        SmallIndex.in(dir)
            .article(
                "The Harbour Crisis, 1957",
                "On March 3, 1957, island troops invaded the harbour and closed it to the"
                    + " mainland fleet.\n\n"
                    + "Weeks of talks followed, and the last patrol boats left the port on June 9,"
                    + " 1957, ending the harbour crisis.\n")
            .article(
                "The Lighthouse Fire",
                "A storm caused a fire in the old lighthouse on October 14, 1961, and the keepers"
                    + " fled to the mainland.\n")
            .open();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @CsvSource({
    "why did the harbour crisis happen, 1957-03-03",
    "what caused the harbour crisis, 1957-03-03",
    "what led to the harbour crisis?, 1957-03-03",
    "what triggered the harbour crisis, 1957-03-03",
    // The end asked for is still the end.
    "what led to the end of the harbour crisis, 1957-06-09",
  })
  void isAnsweredFromTheStart(String question, String date) {
    assertThat(Asking.bestDate(index, question)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({
    "what caused the harbour crisis",
    "what sparked the harbour crisis",
  })
  void asksWhy(String question) {
    ParsedQuestion parsed = new QuestionParser().parse(question);
    assertThat(parsed.type()).isEqualTo(QuestionType.WHY);
    assertThat(parsed.searchText()).doesNotContain("caused").doesNotContain("sparked");
  }
}
