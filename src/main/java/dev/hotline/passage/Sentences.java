package dev.hotline.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, without breaking after abbreviations and initials ("U.S.", "Gen.",
 * "John F. Kennedy").
 */
public final class Sentences {
  private static final Pattern BOUNDARY =
      Pattern.compile("[.!?]+[\"”’)\\]]*\\s+(?=[\"“‘(\\[]?[A-Z0-9])");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "sgt", "adm", "gov", "sen",
          "rep", "pres", "jr", "sr", "no", "vol", "vs", "etc", "inc", "co", "corp", "ft", "mt",
          "rev", "prof", "u.s", "u.n", "u.k", "u.s.s.r", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "ca", "a.m", "p.m");

  /** Initials run together: "H.W" of "George H.W. Bush". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  private Sentences() {}

  /** A sentence and where it is in the text. */
  public record Span(int start, int end) {
    public String of(String text) {
      return text.substring(start, end);
    }

    public boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  /** The sentence of {@code sentences} that holds {@code offset}, or {@code null}. */
  public static Span containing(List<Span> sentences, int offset) {
    for (Span sentence : sentences) {
      if (sentence.contains(offset)) {
        return sentence;
      }
    }
    return null;
  }

  public static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(text);
    int start = 0;
    while (boundary.find()) {
      int punctuation = boundary.start();
      if (isAbbreviation(text, punctuation)) {
        continue;
      }
      int end = trimEnd(text, boundary.end());
      spans.add(new Span(start, end));
      start = boundary.end();
    }
    if (start < text.length()) {
      spans.add(new Span(start, trimEnd(text, text.length())));
    }
    spans.removeIf(s -> s.end <= s.start);
    return spans;
  }

  private static boolean isAbbreviation(String text, int period) {
    if (text.charAt(period) != '.') {
      return false;
    }
    int wordStart = period;
    while (wordStart > 0
        && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = text.substring(wordStart, period).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 && Character.isLetter(word.charAt(0))
        || ABBREVIATIONS.contains(word)
        || INITIALS.matcher(word).matches() && notAfterAComma(text, wordStart);
  }

  /**
   * Whether the word before {@code at} goes on into the initials ("George H.W. Bush", "the U.S.S.
   * Augusta"), rather than a comma closing it off from a place's ("Washington, D.C. The talks").
   */
  private static boolean notAfterAComma(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end == 0 || text.charAt(end - 1) != ',';
  }

  private static int trimEnd(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
