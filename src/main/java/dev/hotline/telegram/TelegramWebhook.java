package dev.hotline.telegram;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Webhook mode: Telegram pushes each update to {@code url} (the public HTTPS address of a load
 * balancer, or of this process), which reaches this process on {@code bind:port}; every request
 * must carry {@code secret} in {@code X-Telegram-Bot-Api-Secret-Token}.
 *
 * @param ledger the updates taken, shared by the processes behind the load balancer
 */
public record TelegramWebhook(URI url, String bind, int port, String secret, UpdateLedger ledger) {
  /** Telegram's rule for the secret token: 1 to 256 of A-Z, a-z, 0-9, _ and -. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  public TelegramWebhook {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(ledger, "ledger");
    if (secret == null || !SECRET.matcher(secret).matches()) {
      throw new IllegalArgumentException(
          "the webhook secret must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
    }
  }

  /** Whether {@code candidate} is Telegram's secret token (rules of the pattern above). */
  public static boolean validSecret(String candidate) {
    return candidate != null && SECRET.matcher(candidate).matches();
  }

  /** The path updates arrive on: the URL's, as the load balancer passes it on. */
  String path() {
    String path = url.getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  @Override
  public String toString() {
    return "TelegramWebhook[url=" + url + ", bind=" + bind + ", port=" + port + ", secret=<set>]";
  }
}
