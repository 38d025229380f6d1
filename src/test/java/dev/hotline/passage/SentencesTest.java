package dev.hotline.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> split(String text) {
    return Sentences.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
    assertThat(
            split(
                "The U.S. Senate agreed. John F. Kennedy spoke on Oct. 22 to the nation. Was it"
                    + " over? \"No,\" he said."))
        .containsExactly(
            "The U.S. Senate agreed.",
            "John F. Kennedy spoke on Oct. 22 to the nation.",
            "Was it over?",
            "\"No,\" he said.");
  }

  @Test
  void aClockTimeDoesNotEndItsSentence() {
    assertThat(split("He landed at 10:56 p.m. Eastern time on July 20. Aldrin followed."))
        .containsExactly("He landed at 10:56 p.m. Eastern time on July 20.", "Aldrin followed.");
  }

  @Test
  void initialsInANameDoNotEndTheSentenceButAPlacesDo() {
    assertThat(
            split(
                "After January 1989, George H.W. Bush spoke. He met them in Washington, D.C. Talks"
                    + " began."))
        .containsExactly(
            "After January 1989, George H.W. Bush spoke.",
            "He met them in Washington, D.C.",
            "Talks began.");
  }

  @Test
  void aTextWithoutFinalPunctuationIsOneSentence() {
    assertThat(split("no punctuation here")).containsExactly("no punctuation here");
    assertThat(split("")).isEmpty();
  }
}
