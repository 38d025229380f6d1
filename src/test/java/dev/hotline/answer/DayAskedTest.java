package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question asking for the day wants a date told to the day, where the article has one. */
class DayAskedTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "what day did the siege of port alder begin, true",
    "port alder siege exact date, true",
    "when did the siege of port alder begin, false",
    "what year did the siege of port alder begin, false",
    "what date was the piece on the siege of port alder published, false"
  })
  void aQuestionSaysWhetherItAsksForTheDay(String question, boolean dayAsked) {
    assertThat(new QuestionParser().parse(question).dayAsked()).isEqualTo(dayAsked);
  }

  @Test
  void theDayToldLaterInTheStoryAnswersAQuestionAskingForTheDay() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Siege of Port Alder, 1921",
                """
                In 1921 the rebels laid siege to Port Alder after months of raids on the \
                harbour and the siege of Port Alder became the war's longest.

                The rebel columns reached the walls in the spring. The first guns of the siege \
                fired on the harbour on May 2, 1921.
                """)
            .open()) {
      assertThat(Asking.bestDate(index, "what day did the siege of port alder begin"))
          .isEqualTo("1921-05-02");
    }
  }
}
