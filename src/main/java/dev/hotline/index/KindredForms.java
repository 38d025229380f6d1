package dev.hotline.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of a word that mean the same thing but that the stemmer leaves apart from it
 * ("revolution", "revolutionary"; "diplomacy", "diplomatic"; "economy", "economic"): a question
 * says one where the article writes the other.
 */
final class KindredForms {
  /** Shorter words are too often other words with such an ending ("epic", "navy"). */
  private static final int MIN_LENGTH = 5;

  private static final String[][] ENDINGS = {
    {"ionary", "ion"}, // revolutionary, revolution
    {"atic", "acy"}, // diplomatic, diplomacy
    {"ic", "y"}, // economic, economy
  };

  private KindredForms() {}

  /** The kindred forms of {@code word}, itself excluded. */
  static List<String> of(String word) {
    List<String> forms = new ArrayList<>();
    if (word.length() < MIN_LENGTH) {
      return forms;
    }
    for (String[] pair : ENDINGS) {
      for (int side = 0; side < 2; side++) {
        String ending = pair[side];
        if (word.endsWith(ending)) {
          forms.add(word.substring(0, word.length() - ending.length()) + pair[1 - side]);
        }
      }
    }
    return forms;
  }
}
