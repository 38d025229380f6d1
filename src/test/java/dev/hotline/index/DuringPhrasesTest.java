package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuringPhrasesTest {
  @ParameterizedTest
  @CsvSource({
    "who did china turn to in the middle of its feud, who did china turn to during its feud",
    "what happened In The Midst Of the crisis, what happened during the crisis",
    "who led the navy at the height of the war, who led the navy during the war",
    // Elsewhere the words stay: a region, a height, a peak.
    "when was the middle east war, when was the middle east war",
    "what was the height of the wall, what was the height of the wall"
  })
  void aPhraseThatOnlySaysDuringIsWrittenAsThatWord(String question, String plain) {
    assertThat(DuringPhrases.plain(question)).isEqualTo(plain);
  }
}
