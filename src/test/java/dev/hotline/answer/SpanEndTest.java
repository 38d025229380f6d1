package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.Synonyms;
import dev.hotline.passage.Event;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long something lasted runs from its start to the answer to when it ended, which a long
 * story often tells in its last chapter, another article than its first.
 */
class SpanEndTest {
  @TempDir static Path dir;
  private static PassageIndex index;
  private static AnswerService answers;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    write(
        articles.resolve("war-1950.md"),
        "The Korean War, 1950: Invasion and Inchon",
        "The Korean War began on June 25, 1950, when the North Korean army crossed the 38th"
            + " parallel and drove south towards Seoul.",
        "On September 15, 1950, United Nations forces landed at Inchon, and the North Korean army"
            + " collapsed and fell back across the parallel.");
    write(
        articles.resolve("war-1953.md"),
        "The Korean War, 1951-1953: Stalemate and Armistice",
        "Truce talks opened at Kaesong on July 10, 1951, and dragged on for two years while the"
            + " front barely moved.",
        "The war ended when the armistice was signed at Panmunjom on July 27, 1953, leaving Korea"
            + " divided near the line where the fighting had begun.");
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    TestCorpus.indexer()
        .index(List.of(articles), location, dev.hotline.corpus.CorpusReader.Progress.NONE);
    index = PassageIndex.open(location, Synonyms.bundled());
    answers = new AnswerService(IndexAccess.fixed(index));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aSpanEndsWhereTheStorysLastChapterSaysItEnded() {
    Event event =
        answers
            .answer("how long did the korean war last")
            .best()
            .orElseThrow()
            .event()
            .orElseThrow();
    assertThat(event.date().value().iso()).isEqualTo("1950-06-25");
    assertThat(event.end().orElseThrow().iso()).isEqualTo("1953-07-27");
  }

  private static void write(Path file, String title, String... paragraphs) throws IOException {
    Files.writeString(
        file,
        "---\ntitle: \""
            + title
            + "\"\npublished: 2024-01-01\nsource: Test desk\nlicence: Apache-2.0"
            + "\nurl: https://example.org/"
            + file.getFileName()
            + "\n---\n\n"
            + String.join("\n\n", paragraphs)
            + "\n");
  }
}
