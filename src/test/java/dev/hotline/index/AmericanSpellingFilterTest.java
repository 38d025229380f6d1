package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmericanSpellingFilterTest {
  @ParameterizedTest
  @CsvSource({
    "recognised, recognized",
    "Nationalised, nationalized",
    "organisation, organization",
    "demilitarisations, demilitarizations",
    "criticising, criticizing",
    "authorises, authorizes"
  })
  void eitherSpellingIsTheSameTerm(String british, String american) {
    try (HotlineAnalyzer passages = HotlineAnalyzer.forIndexing();
        HotlineAnalyzer questions = HotlineAnalyzer.forQuestions(Synonyms.bundled())) {
      assertThat(HotlineAnalyzer.terms(passages, british))
          .isEqualTo(HotlineAnalyzer.terms(passages, american));
      // A question spelt either way finds the passage's term.
      assertThat(HotlineAnalyzer.terms(questions, american))
          .containsAll(HotlineAnalyzer.terms(passages, british));
    }
  }

  @ParameterizedTest
  @CsvSource({"rise, rize", "raise, raize", "wise, wize"})
  void aShortWordIsLeftAsItIs(String word, String other) {
    try (HotlineAnalyzer passages = HotlineAnalyzer.forIndexing()) {
      assertThat(HotlineAnalyzer.terms(passages, word))
          .isNotEqualTo(HotlineAnalyzer.terms(passages, other));
    }
  }
}
