package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "when did the gulf war end lol i always forget | when did the gulf war end",
        "when did the us bomb laos, rolling thunder i think it was called | "
            + "when did the us bomb laos, rolling thunder",
        "i always forget when the gulf war ended | when the gulf war ended",
        "when was the treaty ratified? i heard it sat for years | when was the treaty ratified?",
        "when did world war i end | when did world war i end",
        "when did world war i start, i forget | when did world war i start,"
      })
  void whatTheAskerSaysOfThemselfIsNotSearched(String typed, String searched) {
    assertThat(ChatText.clean(typed)).isEqualTo(searched);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"hahaha", "ahahah", "hehehe", "lmaooo", "loool", "bruhhh", "plsss", "omgg", "hmmm"})
  void drawnOutLaughterAndFillersAreTakenOut(String filler) {
    assertThat(ChatText.clean("when did the berlin wall fall " + filler))
        .isEqualTo("when did the berlin wall fall");
  }

  @Test
  void emojiInvisibleCharactersAndFillerWordsAreTakenOut() {
    assertThat(ChatText.clean("when did the ber\u200Blin wall fall lol 😂🙏🏽"))
        .isEqualTo("when did the berlin wall fall");
    assertThat(ChatText.clean("pls when did sputnik launch?? thx"))
        .isEqualTo("when did sputnik launch??");
    assertThat(ChatText.clean("iirc sputnik went up in october tho, when exactly"))
        .isEqualTo("sputnik went up in october , when exactly");
  }

  @Test
  void addressingTheBotIsNotPartOfTheQuestion() {
    assertThat(ChatText.clean("hey bot, when did sputnik launch"))
        .isEqualTo("when did sputnik launch");
    assertThat(ChatText.clean("Hotline: when did sputnik launch"))
        .isEqualTo("when did sputnik launch");
    assertThat(ChatText.clean("ok hotline when was the hotline set up"))
        .isEqualTo("when was the hotline set up");
    assertThat(ChatText.clean("hotline set up date")).isEqualTo("hotline set up date");
    assertThat(ChatText.clean("hotline?")).isEqualTo("hotline?");
    assertThat(ChatText.clean("when did the u2 fly, bot?")).isEqualTo("when did the u2 fly, ?");
  }

  @Test
  void chatsOneLetterWordsAreTakenOutButNotANamesLetter() {
    assertThat(ChatText.clean("the treaty between china n the soviets, did u know"))
        .isEqualTo("the treaty between china the soviets, did know");
    assertThat(ChatText.clean("when was the u-2 shot down"))
        .isEqualTo("when was the u-2 shot down");
    assertThat(ChatText.clean("first r-7 test when")).isEqualTo("first r-7 test when");
    assertThat(ChatText.clean("when did the u.s. and the u.k. sign"))
        .isEqualTo("when did the u.s. and the u.k. sign");
  }

  @Test
  void contractionsAreWrittenOut() {
    assertThat(ChatText.clean("what waterway did nasser say he'd close"))
        .isEqualTo("what waterway did nasser say he would close");
    assertThat(ChatText.clean("when did lbj announce he wouldnt run again"))
        .isEqualTo("when did lbj announce he would not run again");
    assertThat(ChatText.clean("why didn’t they come, they won't say"))
        .isEqualTo("why did not they come, they will not say");
    assertThat(ChatText.clean("when was stalin's death")).isEqualTo("when was stalin's death");
    assertThat(ChatText.clean("when did george w bush meet gorbachev"))
        .isEqualTo("when did george bush meet gorbachev");
  }

  @Test
  void wordsThatLookLikeFillerInsideOtherWordsStay() {
    assertThat(ChatText.clean("who was the okinawa commander"))
        .isEqualTo("who was the okinawa commander");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "wann fiel die berliner mauer",
        "was ist die berliner mauer",
        "wer hat die mauer gebaut",
        "warum begann der kalte krieg",
        "qui a construit le mur de berlin",
        "quand est tombé le mur de berlin",
        "cuándo empezó la guerra de corea",
        "когда пала берлинская стена",
        "柏林墙什么时候倒塌"
      })
  void questionsInOtherLanguagesAreRecognised(String question) {
    assertThat(ChatText.otherLanguage(question)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "when did jfk say ich bin ein berliner",
        "when did de gaulle leave nato's command",
        "when did the prc take over china's un seat",
        "who was the first man in space",
        "when did stalin die",
        "was the berlin wall a war crime",
        "when did el salvador's civil war end"
      })
  void englishQuestionsWithForeignNamesAreEnglish(String question) {
    assertThat(ChatText.otherLanguage(question)).isFalse();
  }
}
