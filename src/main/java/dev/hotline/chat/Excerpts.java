package dev.hotline.chat;

import dev.hotline.passage.Sentences;

/**
 * Shortens text to a limit at a sentence boundary, for renderers that must fit a platform's limits.
 */
public final class Excerpts {
  private static final String ELLIPSIS = "…";

  private Excerpts() {}

  /**
   * {@code text} if it fits in {@code maxChars}; otherwise its longest run of whole sentences that
   * fits, or failing that its words up to the limit with an ellipsis.
   */
  public static String cut(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = 0;
    for (Sentences.Span span : Sentences.split(text)) {
      if (span.end() > maxChars) {
        break;
      }
      end = span.end();
    }
    if (end > 0) {
      return text.substring(0, end);
    }
    int space = text.lastIndexOf(' ', maxChars - ELLIPSIS.length());
    int cut = space > maxChars / 2 ? space : maxChars - ELLIPSIS.length();
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + ELLIPSIS;
  }
}
