package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a text denies, or only proposes, has not happened; a number's "No." denies nothing. */
class DenialTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Reactor No. 4 at Chernobyl explodes during a safety test | false",
        "Pier No.7 opens | false",
        "No agreement was reached | true",
        "the talks produced no treaty | true",
        "nobody intends to build a wall | true",
        "the council planned to close the harbour | true",
        "the council closed the harbour | false"
      })
  void aTextDeniesWhatItSays(String text, boolean denies) {
    assertThat(ReadPassage.denies(text)).isEqualTo(denies);
  }
}
