package dev.hotline.discord;

import dev.hotline.chat.Excerpts;

/**
 * Text made safe for Discord: cleaned of what breaks a request, escaped from markdown, cut to a
 * limit.
 */
final class DiscordText {
  static final String ELLIPSIS = "…";

  /**
   * Markdown anywhere in a line: emphasis, code, spoilers, masked links, mentions and timestamps.
   */
  private static final String MARKDOWN = "\\*_~`|[]<";

  /** Markdown only at a line's start: headings, quotes, lists and "-#" subtext. */
  private static final String LINE_START_MARKDOWN = "#>-+";

  private DiscordText() {}

  /**
   * The text with line breaks unified, control characters dropped and unpaired surrogates replaced:
   * a lone surrogate cannot be encoded as the JSON Discord reads.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c == '\t' ? ' ' : c);
      } else if (!Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * One line: the text with every run of whitespace, line breaks included, turned into one space.
   */
  static String oneLine(String text) {
    return clean(text).replaceAll("\\s+", " ").strip();
  }

  /**
   * Escapes markdown so that article text and questions show as typed, never as formatting or
   * links.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0 || lineStart && LINE_START_MARKDOWN.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      lineStart = c == '\n' || lineStart && c == ' ';
    }
    return out.toString();
  }

  /**
   * Escaped text within {@code limit} characters: the raw text is first cut at a sentence boundary
   * ({@link Excerpts#cut}), and cut shorter while escaping makes it too long.
   */
  static String fitEscaped(String raw, int limit) {
    String text = clean(raw);
    int budget = limit;
    while (budget >= 2) {
      String escaped = escape(cutAtSentence(text, budget));
      if (escaped.length() <= limit) {
        return escaped;
      }
      budget -= Math.max(1, escaped.length() - limit);
    }
    return truncate(escape(text), limit);
  }

  /** {@link Excerpts#cut}, safe for any budget and quick on very long text. */
  static String cutAtSentence(String text, int budget) {
    if (text.length() <= budget) {
      return text;
    }
    if (budget < 2) {
      return truncate(text, budget);
    }
    // A sentence that ends beyond the budget is never kept, so what lies past twice the budget
    // cannot matter; dropping it keeps the sentence split cheap on huge texts.
    return Excerpts.cut(prefix(text, 2 * budget + 1), budget);
  }

  /**
   * A hard cut within {@code limit} characters, ending in an ellipsis, that splits no surrogate
   * pair and leaves no escaping backslash dangling.
   */
  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    if (limit <= 0) {
      return "";
    }
    String cut = prefix(text, limit - ELLIPSIS.length());
    int backslashes = 0;
    for (int i = cut.length() - 1; i >= 0 && cut.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + ELLIPSIS;
  }

  /** The first {@code length} characters, one fewer when that would split a surrogate pair. */
  static String prefix(String text, int length) {
    if (length >= text.length()) {
      return text;
    }
    int end = Math.max(0, length);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
