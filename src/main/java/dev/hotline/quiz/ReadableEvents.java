package dev.hotline.quiz;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an event's description reads well on its own as a quiz question or choice. The articles'
 * key events are written for that; an event read from a date in the text has the clause around the
 * date as its description, which may begin or end mid-thought ("Later that year,", "and 1974.") or
 * lean on a sentence before it ("He was arrested in Moscow").
 */
final class ReadableEvents {
  static final int MIN_LENGTH = 20;

  /** Telegram's limit on a poll option: a description must fit one whole. */
  static final int MAX_LENGTH = QuizLimits.CHOICE;

  private static final int MIN_WORDS = 4;

  /** Words a clause cannot end on without something missing after them. */
  private static final Set<String> DANGLING =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "by", "for", "with",
          "from", "as", "that", "which", "who", "whose", "its", "their", "his", "her", "than",
          "into", "onto", "until", "since", "after", "before", "only", "when", "while", "was",
          "were", "is", "are", "be", "been", "had", "has", "have", "not", "this", "these");

  /** Words that point back to a sentence the description does not include. */
  private static final Set<String> LEANING_START =
      Set.of(
          "it",
          "he",
          "she",
          "they",
          "this",
          "that",
          "these",
          "those",
          "his",
          "her",
          "their",
          "its",
          "later",
          "then",
          "and",
          "but",
          "also",
          "which",
          "who",
          "there",
          "such",
          "both",
          "after",
          "before",
          "by",
          "in",
          "on",
          "at",
          "under",
          "with",
          "during",
          "within",
          "from",
          "when",
          "while",
          "until",
          "since",
          "so",
          "thus",
          "meanwhile",
          "therefore",
          "however",
          "instead",
          "still",
          "soon",
          "eventually",
          "was",
          "were",
          "is",
          "are",
          "had",
          "has",
          "have",
          "did",
          "could",
          "would",
          "should",
          "will",
          "may",
          "might");

  /**
   * Last words that mark a clause whose date was cut out of it: "at the end [of 1965]", "the crisis
   * came [in 1958]".
   */
  private static final Set<String> CUT_TIME =
      Set.of(
          "end",
          "start",
          "beginning",
          "half",
          "came",
          "began",
          "year",
          "month",
          "spring",
          "summer",
          "autumn",
          "winter",
          "early",
          "late");

  /**
   * A name after a comma at the end: one of a list whose verb belongs to the item before it ("The
   * Soviet Union exploded its first atomic bomb, the United Kingdom"), so the year is not the first
   * clause's.
   */
  private static final Pattern LISTED_NAME =
      Pattern.compile(
          ",\\s+(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}’'.-]*)*$");

  /** A dash beside a number with nothing on its other side: "the winter -1949". */
  private static final Pattern LOOSE_DASH = Pattern.compile("\\s[-–]\\d|\\d[-–]\\s");

  private ReadableEvents() {}

  /** The description as a quiz shows it: one line, without a closing full stop. */
  static String tidy(String description) {
    String text = description == null ? "" : description.replaceAll("\\s+", " ").strip();
    while (text.endsWith(".") && !text.endsWith("..")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    return text;
  }

  /** Whether a tidied description stands on its own. */
  static boolean readable(String text) {
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
      return false;
    }
    if (!Character.isUpperCase(text.codePointAt(0))) {
      return false;
    }
    if (text.contains("…") || text.contains("..") || text.endsWith(",") || text.endsWith(";")) {
      return false;
    }
    if (!balanced(text, '(', ')') || count(text, '"') % 2 != 0) {
      return false;
    }
    if (LOOSE_DASH.matcher(text).find()
        || text.contains(", who ")
        || text.contains(", which ")
        || LISTED_NAME.matcher(text).find()) {
      return false; // a fragment: the clause's own subject or date is elsewhere
    }
    String[] original = text.split("[\\s,;:]+");
    String[] words = text.toLowerCase(Locale.ROOT).split("[\\s,;:]+");
    if (words.length < MIN_WORDS) {
      return false;
    }
    String last = words[words.length - 1];
    if (LEANING_START.contains(words[0]) || DANGLING.contains(last) || CUT_TIME.contains(last)) {
      return false;
    }
    // "Produced strong commitments": a verb with its subject left behind in another clause.
    return !(words[0].endsWith("ed") && Character.isLowerCase(original[1].codePointAt(0)));
  }

  private static boolean balanced(String text, char open, char close) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private static int count(String text, char wanted) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == wanted) {
        count++;
      }
    }
    return count;
  }
}
