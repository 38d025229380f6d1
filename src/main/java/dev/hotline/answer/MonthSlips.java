package dev.hotline.answer;

import dev.hotline.index.Spelling;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a month name typed one slip off ("febuary 1945", "septemer 16") as the month, where a day
 * or a year beside it shows a date is meant: without one, "match" stays a match.
 */
final class MonthSlips {
  /** Names this long stay themselves through any one slip; shorter ones only through some. */
  private static final int ANY_SLIP_LENGTH = 6;

  /** The month names a slip leaves recognisable: "may", "june" and "july" slip into other words. */
  private static final List<String> MONTHS =
      Arrays.stream(Month.values())
          .map(m -> m.name().toLowerCase(Locale.ROOT))
          .filter(name -> name.length() >= 5)
          .toList();

  /** A word with a day of the month after it, or a day before it ("16 septemer"). */
  private static final Pattern BESIDE_A_DAY =
      Pattern.compile(
          "(?i)\\b(\\p{L}{4,10})(?=\\s+(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?![.,:]\\d))"
              + "|(?<=\\b(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s)(\\p{L}{4,10})\\b");

  /** A word with a year after it ("octobr 1962"). */
  private static final Pattern BEFORE_A_YEAR =
      Pattern.compile("(?i)\\b(\\p{L}{5,10})(?=,?\\s+(?:1[89]|20)\\d\\d\\b)");

  private MonthSlips() {}

  /**
   * Whether a slip in a short month name makes another word: a letter for another ("match",
   * "marsh") or a letter left out ("mach 2", "aril"); two letters swapped ("mrach") or one added
   * ("aprill") does not.
   */
  private static boolean makesAnotherWord(String typed, String name) {
    if (typed.length() != name.length()) {
      return typed.length() < name.length();
    }
    char[] a = typed.toCharArray();
    char[] b = name.toCharArray();
    Arrays.sort(a);
    Arrays.sort(b);
    return !Arrays.equals(a, b);
  }

  /** The text with each month name typed one slip off, beside a day or a year, spelt right. */
  static String respelt(String text) {
    if (text.chars().noneMatch(Character::isDigit)) {
      // Both patterns look for a day or a year beside the word; most questions name neither.
      return text;
    }
    String withDays = respelt(text, BESIDE_A_DAY, 0);
    // Before a year the short names are left alone: "the chess match 1972".
    return respelt(withDays, BEFORE_A_YEAR, ANY_SLIP_LENGTH);
  }

  private static String respelt(String text, Pattern pattern, int minMonthLength) {
    Matcher words = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      String word = words.group(words.group(1) != null ? 1 : 2);
      String lower = word.toLowerCase(Locale.ROOT);
      String month = lower;
      for (String name : MONTHS) {
        if (name.length() >= minMonthLength
            && Spelling.oneSlipApart(lower, name)
            && (name.length() >= ANY_SLIP_LENGTH || !makesAnotherWord(lower, name))) {
          month = name;
          break;
        }
      }
      words.appendReplacement(out, Matcher.quoteReplacement(month.equals(lower) ? word : month));
    }
    words.appendTail(out);
    return out.toString();
  }
}
