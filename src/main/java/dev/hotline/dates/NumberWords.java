package dev.hotline.dates;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads small counts written as digits or English words ("three", "sixty-five", "a"). */
final class NumberWords {
  private static final Map<String, Integer> UNITS = new LinkedHashMap<>();
  private static final Map<String, Integer> TENS = new LinkedHashMap<>();

  static {
    String[] units = {
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < units.length; i++) {
      UNITS.put(units[i], i + 1);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      TENS.put(tens[i], (i + 2) * 10);
    }
  }

  /** A regular expression matching one count, longest alternatives first. */
  static final String REGEX = buildRegex();

  private NumberWords() {}

  private static String buildRegex() {
    String tens = String.join("|", TENS.keySet());
    String units =
        String.join(
            "|", UNITS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
    return "(?:\\d{1,3}|(?:" + tens + ")(?:[- ](?:" + units + "))?|" + units + "|a|an)";
  }

  static OptionalInt parse(String text) {
    String word = text.toLowerCase(Locale.ROOT).trim();
    if (word.chars().allMatch(Character::isDigit)) {
      return OptionalInt.of(Integer.parseInt(word));
    }
    if (word.equals("a") || word.equals("an")) {
      return OptionalInt.of(1);
    }
    if (UNITS.containsKey(word)) {
      return OptionalInt.of(UNITS.get(word));
    }
    String[] parts = word.split("[- ]");
    Integer tens = TENS.get(parts[0]);
    if (tens == null) {
      return OptionalInt.empty();
    }
    if (parts.length == 1) {
      return OptionalInt.of(tens);
    }
    Integer unit = UNITS.get(parts[1]);
    return unit == null || unit > 9 ? OptionalInt.empty() : OptionalInt.of(tens + unit);
  }
}
