package dev.hotline.passage;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An undated paragraph told in the present ("Now China and Russia are part of BRIC") tells how
 * things stood when its article was written, not at the last date the article named before it.
 */
final class TimeOfWriting {
  /** A word that places a sentence at the time of writing ("65 years ago today" does not). */
  private static final Pattern NOW =
      Pattern.compile(
          "(?i)\\b(?:now|nowadays|currently|these days|at present|recent(?:ly)?)\\b"
              + "|(?<!\\bago )\\btoday\\b");

  /** A verb in the present tense, which the historian's "now" ("Britain now faced") lacks. */
  private static final Pattern PRESENT =
      Pattern.compile("(?i)\\b(?:is|are|has|have|remains?|stands?)\\b");

  private TimeOfWriting() {}

  /** Whether {@code text} has a sentence that speaks of the time of writing in the present. */
  static boolean toldIn(String text) {
    for (Sentences.Span sentence : Sentences.split(text)) {
      String said = sentence.of(text);
      if (NOW.matcher(said).find() && PRESENT.matcher(said).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The publication year, as the date such a paragraph is told at: "now" is how things stood that
   * year, not something that happened on the day the article appeared.
   */
  static DateMention of(LocalDate published) {
    DateValue year = DateValue.year(published.getYear());
    return new DateMention(year, year.inWords(), -1, -1, false);
  }
}
