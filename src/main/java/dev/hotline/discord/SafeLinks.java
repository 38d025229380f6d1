package dev.hotline.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Article links as Discord may show them: only well-formed http(s) URLs, written so markdown cannot
 * break them.
 */
final class SafeLinks {
  /** Discord refuses longer URLs in embeds. */
  private static final int MAX_URL = 2000;

  private SafeLinks() {}

  /**
   * The link when it is an absolute http(s) URL, with the characters markdown reads
   * percent-encoded.
   */
  static Optional<String> http(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_URL) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c > 0x7e) {
        return Optional.empty();
      }
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(
        trimmed
            .replace("(", "%28")
            .replace(")", "%29")
            .replace("<", "%3C")
            .replace(">", "%3E")
            .replace("[", "%5B")
            .replace("]", "%5D"));
  }

  /**
   * {@code [text](url)} when the link is safe, the escaped text alone otherwise; {@code text} is
   * escaped already.
   */
  static String markdown(String escapedText, String url) {
    return http(url).map(link -> "[" + escapedText + "](" + link + ")").orElse(escapedText);
  }
}
