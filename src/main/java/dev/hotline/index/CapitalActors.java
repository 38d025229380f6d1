package dev.hotline.index;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitals that stand for their country's government in a question ("when did moscow lift the
 * blockade"), marked as "moscow government", which the synonym list reads as the country; a capital
 * where something happened ("in moscow", "the fall of saigon") or in a name ("the moscow summit")
 * is left as typed.
 */
final class CapitalActors {
  /**
   * Capitals of the Cold War's states that chat uses for their governments. Washington is left
   * out: it names a president as often as the capital.
   */
  private static final Pattern CAPITAL =
      Pattern.compile(
          "(?i)(?<![\\p{L}-])(moscow|london|paris|tokyo|bonn|hanoi|saigon|pyongyang|seoul|taipei"
              + "|havana|tehran|cairo|kabul|delhi)(?![\\p{L}-])");

  /**
   * Words before a capital that make it the place where something happened or went, or, as
   * determiners, part of a name ("the moscow summit").
   */
  private static final Set<String> PLACE_OR_NAME_WORDS =
      Set.of(
          "the", "a", "an", "this", "that", "in", "at", "to", "from", "into", "near", "outside",
          "of", "toward", "towards", "around", "via", "through", "across", "within", "inside",
          "visit", "visits", "visited", "visiting", "reach", "reached", "leave", "left", "fly",
          "flew", "flown", "go", "went", "travel", "traveled", "travelled", "back", "over",
          "above", "on");

  /** A word, its apostrophes included ("moscow's"), starting with a letter. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

  private final WordClasses wordClasses;

  CapitalActors(WordClasses wordClasses) {
    this.wordClasses = wordClasses;
  }

  /** {@code question} with each capital that acts marked as its government. */
  String marked(String question) {
    Matcher capital = CAPITAL.matcher(question);
    StringBuilder out = new StringBuilder();
    while (capital.find()) {
      String before = lastWord(question.substring(0, capital.start()));
      String after = firstWord(question.substring(capital.end()));
      boolean acts = !PLACE_OR_NAME_WORDS.contains(before) && !namesWith(after);
      capital.appendReplacement(
          out, Matcher.quoteReplacement(capital.group() + (acts ? " government" : "")));
    }
    capital.appendTail(out);
    return out.toString();
  }

  /**
   * Whether the word after a capital makes a name of it ("summit", "naval"): a word the dictionary
   * lists, but never as a verb or an adverb, which would make the capital the one acting.
   */
  private boolean namesWith(String word) {
    return !word.isEmpty()
        && wordClasses.listed(word)
        && !wordClasses.verb(word)
        && !wordClasses.adverb(word);
  }

  private static String lastWord(String text) {
    Matcher words = WORD.matcher(text);
    String last = "";
    while (words.find()) {
      last = words.group();
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static String firstWord(String text) {
    Matcher word = WORD.matcher(text.stripLeading());
    return word.lookingAt() ? word.group().toLowerCase(Locale.ROOT) : "";
  }
}
