package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Excerpts.Excerpt;
import org.junit.jupiter.api.Test;

/** A passage cut around its answering sentence, so a card shows each sentence once. */
class ExcerptsTest {
  private static final String ANSWER = "Troops closed the border on August 13, 1961.";

  @Test
  void aShortPassageIsWholeWithTheAnswerSetApart() {
    Excerpt excerpt =
        Excerpts.around("Tension grew. " + ANSWER + " Crowds gathered.", ANSWER + " ", 500);

    assertThat(excerpt).isEqualTo(new Excerpt("Tension grew. ", ANSWER, " Crowds gathered."));
  }

  @Test
  void aLongPassageKeepsWholeSentencesOnBothSidesOfTheAnswer() {
    String filler = "The talks went on for many months without result. ";
    String passage = filler.repeat(20) + ANSWER + " " + filler.repeat(20).strip();

    Excerpt excerpt = Excerpts.around(passage, ANSWER, 200);

    assertThat(excerpt.answer()).isEqualTo(ANSWER);
    assertThat(excerpt.before()).startsWith("… The talks").endsWith("without result. ");
    assertThat(excerpt.after()).startsWith(" The talks").endsWith("without result. …");
    assertThat(excerpt.text()).hasSizeLessThanOrEqualTo(200).hasSizeGreaterThan(150);
  }

  @Test
  void anAnswerAtTheStartIsNotMarkedAsCutBeforeIt() {
    String passage = ANSWER + " " + "Later that week the wall went up. ".repeat(30).strip();

    Excerpt excerpt = Excerpts.around(passage, ANSWER, 120);

    assertThat(excerpt.before()).isEmpty();
    assertThat(excerpt.after()).startsWith(" Later that week").endsWith(" …");
    assertThat(excerpt.text()).hasSizeLessThanOrEqualTo(120);
  }

  @Test
  void anAnswerLongerThanTheRoomIsCutAndTheRestLeftOut() {
    String answer = "On that night " + "and the next ".repeat(40) + "the border closed.";
    Excerpt excerpt = Excerpts.around("Before. " + answer + " After.", answer, 100);

    assertThat(excerpt.before()).isEqualTo("… ");
    assertThat(excerpt.after()).isEqualTo(" …");
    assertThat(excerpt.text()).hasSizeLessThanOrEqualTo(100);
  }

  @Test
  void theAnswerIsFoundAcrossALineBreak() {
    Excerpt excerpt =
        Excerpts.around(
            "Tension grew. Troops closed the border\non August 13, 1961. Crowds gathered.",
            ANSWER,
            500);

    assertThat(excerpt)
        .isEqualTo(
            new Excerpt(
                "Tension grew. ",
                "Troops closed the border\non August 13, 1961.",
                " Crowds gathered."));
  }

  @Test
  void anAnswerThatIsNotInThePassageComesFirstAndNoAnswerLeavesThePassage() {
    assertThat(Excerpts.around("Something else entirely.", ANSWER, 500))
        .isEqualTo(new Excerpt("", ANSWER, " Something else entirely."));
    assertThat(Excerpts.around("Something else entirely.", " ", 500))
        .isEqualTo(new Excerpt("", "", "Something else entirely."));
  }
}
