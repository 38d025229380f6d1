package dev.hotline.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer's event is told again, in nearly the same words, by another answer's sentence:
 * an overview's "in 1968 Johnson announced that he would not seek a second term" and a chapter's
 * "on March 31, 1968, Johnson announced that he would not seek a second term".
 */
final class Retelling {
  /** Words this short are mostly the glue of a sentence, not what it tells. */
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private static final Set<String> GLUE =
      Set.of(
          "that", "this", "with", "from", "were", "would", "which", "their", "there", "have",
          "been", "they", "into", "when", "after", "also", "than", "then", "them", "these", "those",
          "while", "where");

  /** A clause this short ("the war began") may be told of many events. */
  private static final int MIN_WORDS = 5;

  /** The share of the clause's words the other sentence must hold. */
  private static final double SHARE = 0.8;

  /** The words of the sentence that may retell another answer's event. */
  private final Set<String> told;

  /** A retelling in {@code sentence}, its words read once for every answer it is held against. */
  Retelling(String sentence) {
    this.told = words(sentence);
  }

  /** Whether the sentence tells the event of {@code answer} again. */
  boolean of(EventRanker.Ranked answer) {
    if (answer.event().isEmpty() || !answer.event().get().told()) {
      return false;
    }
    var event = answer.event().get();
    String text = answer.hit().passage().text();
    Set<String> clause = words(text.substring(event.clauseStart(), event.clauseEnd()));
    if (clause.size() < MIN_WORDS) {
      return false;
    }
    long held = clause.stream().filter(told::contains).count();
    return held >= SHARE * clause.size();
  }

  /** A text's words of four letters or more, lower case, without the glue words above. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!GLUE.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }
}
