package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.passage.Event;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
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
    index =
        SmallIndex.in(dir)
            .article(
                "The Korean War, 1950: Invasion and Inchon",
                "The Korean War began on June 25, 1950, when the North Korean army crossed the 38th"
                    + " parallel and drove south towards Seoul.\n\n"
                    + "On September 15, 1950, United Nations forces landed at Inchon, and the North"
                    + " Korean army collapsed and fell back across the parallel.\n")
            .article(
                "The Korean War, 1951-1953: Stalemate and Armistice",
                "Truce talks opened at Kaesong on July 10, 1951, and dragged on for two years while"
                    + " the front barely moved.\n\n"
                    + "The war ended when the armistice was signed at Panmunjom on July 27, 1953,"
                    + " leaving Korea divided near the line where the fighting had begun.\n")
            .open();
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
}
