package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasalVerbsTest {
  @ParameterizedTest
  @CsvSource({
    // A particle questions lose joins its verb.
    "when did the communists take over prague, when did the communists takeover prague",
    "when did britain hand over hong kong, when did britain handover hong kong",
    // Taking over from someone, or taking the place of something, is replacing it.
    "who took over from churchill, who replaced churchill",
    "what pact took the place of the old deal, what pact replaced the old deal",
    // "Into" is a stop word: tanks that roll into a country invade it.
    "when did the tanks roll into prague, when did the tanks invaded prague",
    // Elsewhere the words stay.
    "where did the talks take place, where did the talks take place",
    "when was the war over, when was the war over",
    "what was the fight over berlin, what was the fight over berlin"
  })
  void aPhrasalVerbIsWrittenAsTheOneWordTheSynonymsKnow(String question, String joined) {
    assertThat(PhrasalVerbs.joined(question)).isEqualTo(joined);
  }
}
