package dev.hotline.telegram.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an article's link can be a link: Telegram refuses a URL button it cannot open and
 * shows an odd link as plain text, so only absolute web addresses are used.
 */
final class SourceLink {

  private static final int MAX_LENGTH = 2048;

  private SourceLink() {}

  static Optional<String> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String candidate = url.strip();
    if (candidate.isEmpty()
        || candidate.length() > MAX_LENGTH
        || !candidate.equals(CleanText.of(candidate))
        || candidate.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(candidate);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null && !uri.getHost().isEmpty()
          ? Optional.of(candidate)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
