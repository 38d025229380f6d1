package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.Synonyms;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Of two events on one calendar day, the one its sentence is about comes first. */
class OnThisDayOrderTest {
  @TempDir Path dir;

  @Test
  void aDayASentenceIsAboutComesBeforeADayItListsAmongOthers() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    article(
        articles,
        "plans.md",
        "The Plans",
        """
        The planners showed their schedule to the minister on February 20, 1962, and the \
        president heard a briefing on its parts on March 16, 1962.
        """);
    article(
        articles,
        "canal.md",
        "The Canal Treaty",
        """
        The Senate ratified the canal treaty on March 16, 1978 by a vote of 68 to 32.
        """);
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    TestCorpus.indexer().index(List.of(articles), location, CorpusReader.Progress.NONE);
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      AnswerService answers = new AnswerService(IndexAccess.fixed(index));
      List<Answer> day = answers.answer("what happened on march 16?").answers();
      assertThat(day)
          .extracting(a -> a.date().orElseThrow().iso())
          .containsExactly("1978-03-16", "1962-03-16");
    }
  }

  private static void article(Path dir, String file, String title, String body) throws IOException {
    Files.writeString(
        dir.resolve(file),
        """
        ---
        title: %s
        published: 2024-01-01
        source: Test desk
        licence: Apache-2.0
        ---

        %s"""
            .formatted(title, body));
  }
}
