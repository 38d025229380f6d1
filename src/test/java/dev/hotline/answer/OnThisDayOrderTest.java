package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Of two events on one calendar day, the one its sentence is about comes first. */
class OnThisDayOrderTest {
  @TempDir Path dir;

  @Test
  void aDayASentenceIsAboutComesBeforeADayItListsAmongOthers() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Plans",
                "The planners showed their schedule to the minister on February 20, 1962, and the"
                    + " president heard a briefing on its parts on March 16, 1962.\n")
            .article(
                "The Canal Treaty",
                "The Senate ratified the canal treaty on March 16, 1978 by a vote of 68 to 32.\n")
            .open()) {
      AnswerService answers = new AnswerService(IndexAccess.fixed(index));
      List<Answer> day = answers.answer("what happened on march 16?").answers();
      assertThat(day)
          .extracting(a -> a.date().orElseThrow().iso())
          .containsExactly("1978-03-16", "1962-03-16");
    }
  }
}
