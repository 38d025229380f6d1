package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asked when something came "finally", the clause that tells it came late answers: "did not ratify
 * the treaty until", "at last", "eventually".
 */
class LatenessTest {
  @TempDir Path dir;

  private static final String TITLE = "The Treaty of the Two Ports, 1830";

  /** Two ratifications: the first of the old treaty, the second, late, of the new one. */
  private static final String BODY =
      """
      The league of the two ports declared war on the republic in 1827, and its ships captured a \
      merchant vessel weeks later. The senate ratified envoy Dunn's harbour treaty with the league \
      on January 5, 1829. The league repudiated the treaty, and envoy Marlow dictated the terms of \
      a new treaty which held the same provisions as the old one. Marlow concluded his \
      negotiations on March 3, 1830, but the senate, owing to a clerical mistake, did not ratify \
      the treaty until June 9, 1834. The league did not capture any more ships.
      """;

  @Test
  void finallyRatifiedIsTheRatificationDeniedUntilLater() throws IOException {
    assertThat(bestDate("when did the senate finally ratify the treaty with the league"))
        .isEqualTo("1834-06-09");
  }

  @Test
  void eventuallyAsksTheSame() throws IOException {
    assertThat(bestDate("when did the senate eventually ratify the treaty with the league"))
        .isEqualTo("1834-06-09");
  }

  @Test
  void withoutFinallyTheLatenessWeighsNothing() throws IOException {
    assertThat(bestDate("when did the senate ratify the treaty with the league"))
        .isEqualTo("1829-01-05");
  }

  @Test
  void lateWordsAndLiftedDenialsTellLateness() {
    assertThat(Cues.tellsLateness("", "At last, on January 31, 1958, the United States")).isTrue();
    assertThat(Cues.tellsLateness("", "the two sides eventually agreed")).isTrue();
    assertThat(Cues.tellsLateness("the senate didn't ratify it until ", "")).isTrue();
    assertThat(Cues.tellsLateness("the talks lasted until ", "the talks lasted until")).isFalse();
    assertThat(Cues.tellsLateness("did not sign. They met until ", "")).isFalse();
  }

  @Test
  void wordsOfLatenessAskForIt() {
    assertThat(Cues.asksLateness("when did they finally sign it")).isTrue();
    assertThat(Cues.asksLateness("when did they sign it at last")).isTrue();
    assertThat(Cues.asksLateness("when did they sign the final act")).isFalse();
    assertThat(Cues.asksLateness("when did they sign it last")).isFalse();
  }

  private String bestDate(String question) throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article(TITLE, BODY).open()) {
      return Asking.bestDate(index, question);
    }
  }
}
