package dev.hotline.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Turns a Bot API base URL such as {@code http://127.0.0.1:8081} into the library's {@link
 * TelegramUrl}.
 */
public final class TelegramApiUrl {

  /** Environment variable naming a self-hosted Bot API server; unset means the official one. */
  public static final String ENVIRONMENT_VARIABLE = "HOTLINE_TELEGRAM_API_URL";

  private TelegramApiUrl() {}

  /**
   * Parses {@code scheme://host[:port]}; a path is refused because the library always builds {@code
   * /bot<token>/<method>} from the server root and would silently drop it.
   */
  public static TelegramUrl parse(String baseUrl) {
    URI uri = toUri(baseUrl.strip());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(baseUrl, "the scheme must be http or https");
    }
    if (uri.getHost() == null) {
      throw invalid(baseUrl, "it has no host");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw invalid(baseUrl, "only scheme, host and port are allowed");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, unbracketed(uri.getHost()), port, false);
  }

  private static URI toUri(String baseUrl) {
    try {
      return new URI(baseUrl);
    } catch (URISyntaxException e) {
      throw invalid(baseUrl, e.getMessage());
    }
  }

  // URI keeps the brackets of an IPv6 literal; OkHttp wants the bare address.
  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static IllegalArgumentException invalid(String baseUrl, String reason) {
    return new IllegalArgumentException(
        "Invalid Telegram Bot API URL '" + baseUrl + "' (" + ENVIRONMENT_VARIABLE + "): " + reason);
  }
}
