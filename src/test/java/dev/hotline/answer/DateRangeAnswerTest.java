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

/** A range of years ("the war of 1980–1988") gives a start question its first year. */
class DateRangeAnswerTest {
  @TempDir Path dir;

  @Test
  void theFirstYearOfARangeAnswersWhenItStartedWhateverEndsBesideIt() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("gulf.md"),
        """
        ---
        title: The Gulf Crisis
        published: 2024-01-01
        source: Test desk
        licence: Apache-2.0
        ---

        At the end of the Iran-Iraq War of 1980–1988, Iraq emerged with its state intact but \
        laden with debts.

        In 1990 Iraq threatened to reopen its old quarrel over the islands.
        """);
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    TestCorpus.indexer().index(List.of(articles), location, CorpusReader.Progress.NONE);
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      AnswerService answers = new AnswerService(IndexAccess.fixed(index));
      assertThat(iso(answers, "when did the iran-iraq war start")).isEqualTo("1980");
      assertThat(iso(answers, "when did the iran-iraq war end")).isEqualTo("1988");
    }
  }

  private static String iso(AnswerService answers, String question) {
    return answers.answer(question).best().orElseThrow().date().orElseThrow().iso();
  }
}
