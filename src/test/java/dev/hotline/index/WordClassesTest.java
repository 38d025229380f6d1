package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordClassesTest {
  private final WordClasses words = new WordClasses();

  @ParameterizedTest
  @CsvSource({
    // Adjectives, verbs and adverbs, in their inflected forms too.
    "rosy, true",
    "Rosy, true",
    "dangle, true",
    "dangled, true",
    "forgetting, true",
    "forgot, true",
    "hugest, true",
    "swiftly, true",
    // A word that may be a noun may be what is asked about.
    "kitchen, false",
    "crash, false",
    "hockey, false",
    "slaps, false",
    // Names and misspellings are no English words.
    "gorbachov, false",
    "nosenko, false",
    "xqzvwk, false"
  })
  void aWordOnlyTellsWhenNoneOfItsReadingsIsANoun(String word, boolean onlyTells) {
    assertThat(words.onlyTells(word)).isEqualTo(onlyTells);
  }

  @ParameterizedTest
  @CsvSource({
    "become, became",
    "Fell, fallen",
    "built, build",
    "led, lead"
  })
  void anIrregularVerbsFormsAreFoundFromAnyOfThem(String word, String form) {
    assertThat(words.verbForms(word)).contains(form, word.toLowerCase(java.util.Locale.ROOT));
  }

  @org.junit.jupiter.api.Test
  void aRegularVerbOrANounHasNoListedForms() {
    assertThat(words.verbForms("start")).isEmpty();
    assertThat(words.verbForms("kitchen")).isEmpty();
  }
}
