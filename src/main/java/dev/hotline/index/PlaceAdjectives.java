package dev.hotline.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The other forms a place name or its adjective takes in English ("Croatia", "Croatian"; "Iraq",
 * "Iraqi"; "Japan", "Japanese"; "Hungary", "Hungarian"; "Afghanistan", "Afghan"), by the endings
 * such pairs share: a question names the country where the article writes the adjective, or the
 * other way round.
 */
final class PlaceAdjectives {
  /** Shorter words are too often other words with such an ending ("man", "war"). */
  private static final int MIN_LENGTH = 4;

  private PlaceAdjectives() {}

  /** The forms {@code word} may take as a place or its adjective, itself excluded. */
  static List<String> otherForms(String word) {
    List<String> forms = new ArrayList<>();
    if (word.length() < MIN_LENGTH) {
      return forms;
    }
    if (word.endsWith("a")) {
      forms.add(word + "n"); // Croatia, Croatian
    } else if (word.endsWith("y")) {
      String stem = word.substring(0, word.length() - 1);
      forms.add(stem + "ian"); // Hungary, Hungarian
      forms.add(stem); // Germany, German
    } else if (word.endsWith("e")) {
      forms.add(word + "an"); // Chile, Chilean
    } else {
      forms.add(word + "i"); // Iraq, Iraqi
      forms.add(word + "ian"); // Egypt, Egyptian
      forms.add(word + "ese"); // Japan, Japanese
      forms.add(word + "istan"); // Afghan, Afghanistan
      forms.add(word + "stan"); // Kazakh, Kazakhstan
    }
    if (word.endsWith("istan")) {
      forms.add(word.substring(0, word.length() - 5)); // Afghanistan, Afghan
    } else if (word.endsWith("stan")) {
      forms.add(word.substring(0, word.length() - 4)); // Kazakhstan, Kazakh
    } else if (word.endsWith("ian")) {
      forms.add(word.substring(0, word.length() - 1)); // Croatian, Croatia
      forms.add(word.substring(0, word.length() - 3) + "y"); // Hungarian, Hungary
      forms.add(word.substring(0, word.length() - 3)); // Egyptian, Egypt
    } else if (word.endsWith("an")) {
      forms.add(word.substring(0, word.length() - 1)); // Cuban, Cuba
      forms.add(word.substring(0, word.length() - 2)); // Chilean, Chile
    } else if (word.endsWith("ese")) {
      forms.add(word.substring(0, word.length() - 3)); // Japanese, Japan
    } else if (word.endsWith("i")) {
      forms.add(word.substring(0, word.length() - 1)); // Iraqi, Iraq
    }
    return forms;
  }
}
