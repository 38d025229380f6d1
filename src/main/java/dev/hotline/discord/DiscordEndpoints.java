package dev.hotline.discord;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the bot sends REST calls and opens its gateway socket; empty means Discord's own servers.
 */
public record DiscordEndpoints(Optional<String> restBaseUrl, Optional<String> gatewayUrl) {

  /**
   * Environment variable holding the REST base URL, e.g. {@code http://127.0.0.1:8080/api/v10/}.
   */
  public static final String REST_URL_VARIABLE = "HOTLINE_DISCORD_REST_URL";

  /** Environment variable holding the gateway URL, e.g. {@code ws://127.0.0.1:8080/gateway}. */
  public static final String GATEWAY_URL_VARIABLE = "HOTLINE_DISCORD_GATEWAY_URL";

  public DiscordEndpoints {
    Objects.requireNonNull(restBaseUrl, "restBaseUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    restBaseUrl.ifPresent(url -> requireScheme(url, REST_URL_VARIABLE, "http", "https"));
    gatewayUrl.ifPresent(url -> requireScheme(url, GATEWAY_URL_VARIABLE, "ws", "wss"));
  }

  /** Discord's own servers. */
  public static DiscordEndpoints discord() {
    return new DiscordEndpoints(Optional.empty(), Optional.empty());
  }

  /** Both endpoints overridden, as tests and local proxies need. */
  public static DiscordEndpoints of(String restBaseUrl, String gatewayUrl) {
    return new DiscordEndpoints(Optional.of(restBaseUrl), Optional.of(gatewayUrl));
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static void requireScheme(String url, String what, String... schemes) {
    String scheme;
    try {
      scheme = URI.create(url).getScheme();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not a URL: " + url, e);
    }
    for (String allowed : schemes) {
      if (allowed.equalsIgnoreCase(scheme)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        what + " must start with " + String.join(" or ", schemes) + "://: " + url);
  }
}
