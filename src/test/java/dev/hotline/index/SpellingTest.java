package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  @ParameterizedTest
  @CsvSource({
    "wehre, where, true",
    "whre, where, true",
    "wheere, where, true",
    "whare, where, true",
    "where, where, false",
    "wrehe, where, false",
    "when, where, false",
    "whn, when, true"
  })
  void oneSlipIsALetterWrongMissingAddedOrTwoSwapped(String typed, String meant, boolean slip) {
    assertThat(Spelling.oneSlipApart(typed, meant)).isEqualTo(slip);
  }

  @ParameterizedTest
  @CsvSource({"revoluiton, revolution", "najing, nanjing", "grek, greek", "khruschev, khrushchev"})
  void theVariantsOfAWordHoldEveryOneSlipSpelling(String typed, String meant) {
    assertThat(Spelling.oneSlipVariants(typed))
        .contains(meant)
        .doesNotContain(typed)
        .allMatch(variant -> variant.charAt(0) == typed.charAt(0))
        .allMatch(variant -> Spelling.oneSlipApart(typed, variant));
  }

  @ParameterizedTest
  @CsvSource({"cina, china", "grek, greek", "frst, first"})
  void aLetterLeftOutIsPutBackAnywhereButFirst(String typed, String meant) {
    assertThat(Spelling.oneLetterMore(typed))
        .contains(meant)
        .allMatch(variant -> variant.length() == typed.length() + 1)
        .allMatch(variant -> variant.charAt(0) == typed.charAt(0))
        .allMatch(variant -> Spelling.oneSlipApart(typed, variant));
  }

  @ParameterizedTest
  @CsvSource({
    "hruschev, hrushchev, true",
    "hruschev, hruschev, true",
    "hruschev, hruschv, true",
    "hruschev, hrusvhev, true",
    "hruschev, hruscehv, true",
    "hruschev, hrushcehv, false",
    "hruschev, hrschv, false",
    "ерлин, ерлинн, true",
    "ерлин, ерлни, true",
    "ерлин, ерлинов, false"
  })
  void atMostOneSlipCountsCodePointsAndTheSameSpelling(String a, String b, boolean slip) {
    int[] other = b.codePoints().toArray();
    int[] room = java.util.Arrays.copyOf(other, other.length + 3);
    assertThat(Spelling.atMostOneSlipApart(a.codePoints().toArray(), room, other.length))
        .isEqualTo(slip);
    int[] typed = a.codePoints().toArray();
    assertThat(Spelling.atMostOneSlipApart(other, typed, typed.length)).isEqualTo(slip);
  }
}
