package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question that names a period may find its other words in the story around the date. */
class ScopedQuestionTest {
  @TempDir Path dir;

  @Test
  void theEventInThePeriodAnswersWhenTheNextParagraphNamesWhoDidIt() throws IOException {
    try (PassageIndex index = harbourFriendship()) {
      assertThat(Asking.bestDate(index, "what did olsen and brandt sign in february 1950"))
          .isEqualTo("1950-02-14");
    }
  }

  @Test
  void anAnswerCoveredOnlyByItsStoryIsGivenNotDropped() throws IOException {
    try (PassageIndex index = harbourFriendship()) {
      assertThat(
              Asking.bestDate(
                  index,
                  "what happened in february 1950 that made admiral olsen and brandt shake hands"
                      + " on a printed stamp by the quays"))
          .isEqualTo("1950-02-14");
    }
  }

  private PassageIndex harbourFriendship() throws IOException {
    return SmallIndex.in(dir)
        .article(
            "The Harbour Friendship",
            """
            On February 14, 1950, the two harbour republics signed a treaty of friendship and \
            mutual help, and the crowds on both quays cheered the ships that carried the news \
            across the bay that evening.

            Admiral Olsen and Governor Brandt shake hands on a stamp printed that spring, as \
            if congratulating each other on a job well done: they had just concluded a treaty \
            meant to last thirty years.
            """)
        .open();
  }
}
