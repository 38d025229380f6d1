package dev.hotline.telegram.render;

/**
 * A message in Telegram's HTML parse mode, built only from escaped text and a few fixed tags, that
 * knows how long it will be once Telegram has parsed it (the length its 4096 limit counts).
 */
final class SafeHtml {

  private final StringBuilder html = new StringBuilder();
  private int visibleLength;

  /** Appends plain text, cleaned and escaped. */
  SafeHtml text(String text) {
    String clean = CleanText.of(text);
    html.append(escapeText(clean));
    visibleLength += clean.length();
    return this;
  }

  SafeHtml newline() {
    return text("\n");
  }

  SafeHtml bold(String text) {
    return tagged("b", text);
  }

  SafeHtml italic(String text) {
    return tagged("i", text);
  }

  SafeHtml code(String text) {
    return tagged("code", text);
  }

  /** A block quote of already built markup, which may hold bold or italic text. */
  SafeHtml quote(SafeHtml inner) {
    html.append("<blockquote>");
    append(inner);
    html.append("</blockquote>");
    return this;
  }

  /** A link to {@code url}, which the caller has checked is a web address. */
  SafeHtml link(String url, String label) {
    html.append("<a href=\"").append(escapeAttribute(CleanText.of(url))).append("\">");
    text(label);
    html.append("</a>");
    return this;
  }

  /** Appends another message's markup and length. */
  SafeHtml append(SafeHtml other) {
    html.append(other.html);
    visibleLength += other.visibleLength;
    return this;
  }

  /** UTF-16 units of the text Telegram will show, which is what its length limit counts. */
  int visibleLength() {
    return visibleLength;
  }

  boolean isEmpty() {
    return visibleLength == 0;
  }

  String html() {
    return html.toString();
  }

  private SafeHtml tagged(String tag, String text) {
    html.append('<').append(tag).append('>');
    text(text);
    html.append("</").append(tag).append('>');
    return this;
  }

  // Telegram's HTML mode needs exactly these three replaced in text.
  private static String escapeText(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  // Inside a double-quoted attribute a quote would end the value early.
  private static String escapeAttribute(String text) {
    return escapeText(text).replace("\"", "&quot;");
  }
}
