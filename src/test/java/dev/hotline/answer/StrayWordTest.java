package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A made-up word of chat beside a clear question leaves it answered; an unknown name does not. */
class StrayWordTest {
  @TempDir Path dir;

  /** An essay whose title names none of the events its paragraphs tell. */
  private static final String ESSAY =
      """
      In March 1952, Minister Dahl and Mayor Orsk signed the harbour compact at Vell. Both \
      councils promised to share the dredging costs for twenty years.

      The dredgers had stood idle through two dry winters while the councils argued over \
      repairs. On June 3, 1958, the sea wall at Kessel collapsed and flooded the northern quays.

      The ferry strike of 1961 ended the quarrel for good: with the old boats tied up, the \
      councils had no trade left to divide, and the compact lapsed unrenewed in 1972.
      """;

  private AnswerResult ask(String question) throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("Two Towns by the Sea", ESSAY).open()) {
      return new AnswerService(IndexAccess.fixed(index)).answer(question);
    }
  }

  /** The date of the first answer; a question left unanswered fails here. */
  private String bestIso(String question) throws IOException {
    return ask(question).best().orElseThrow().date().orElseThrow().iso();
  }

  @Test
  void aLongClearQuestionIsAnsweredBesideAMadeUpWord() throws IOException {
    // Neither the title nor the passage says "old" or "ferry": the clause says the rest.
    assertThat(
            bestIso(
                "when did the old sea wall at kessel by the ferry collapse and flood the quays"
                    + " zufawik"))
        .isEqualTo("1958-06-03");
  }

  @Test
  void aLongQuestionItsPassageTellsIsAnsweredBesideAMadeUpWord() throws IOException {
    // The date's clause tells the wall, not the dredgers before it: the passage tells both.
    assertThat(
            bestIso(
                "when did the old sea wall collapse after the dredgers stood idle through two"
                    + " ferry strikes zufawik"))
        .isEqualTo("1958-06-03");
  }

  @Test
  void anUnknownNameWithLittleElseIsNotGuessedAt() throws IOException {
    assertThat(ask("when did the brannoch quays flood").answered()).isFalse();
  }
}
