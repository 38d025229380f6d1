package dev.hotline.telegram.render;

import dev.hotline.chat.Excerpts;

/**
 * Plain text made safe to send: no control characters Telegram would refuse or show as boxes, no
 * lone surrogates (which cannot be encoded as UTF-8), and cut to a length counted in UTF-16 units,
 * as Telegram counts.
 */
final class CleanText {

  private static final char REPLACEMENT = '\uFFFD';

  private CleanText() {}

  /**
   * {@code text} without control characters other than newline and tab; {@code null} becomes empty.
   */
  static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        clean.append(REPLACEMENT);
      } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /**
   * Cleaned and cut to at most {@code maxLength} UTF-16 units, at a sentence end where one fits.
   */
  static String cut(String text, int maxLength) {
    String clean = of(text);
    if (maxLength <= 0) {
      return "";
    }
    return Excerpts.cut(clean, maxLength);
  }

  /** Cleaned, on one line, and cut: for titles and descriptions that Telegram shows in one line. */
  static String oneLine(String text, int maxLength) {
    return cut(of(text).replaceAll("\\s+", " ").strip(), maxLength);
  }
}
