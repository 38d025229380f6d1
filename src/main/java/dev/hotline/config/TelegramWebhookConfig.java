package dev.hotline.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Webhook mode for Telegram: {@code url} is the address Telegram pushes updates to (HTTPS, or HTTP
 * for a self-hosted Bot API server), reaching this process on {@code bind:port}. Empty {@code url}:
 * Hotline polls instead. The secret token Telegram sends with each update comes from {@code
 * TELEGRAM_WEBHOOK_SECRET}, never the configuration.
 */
public record TelegramWebhookConfig(Optional<String> url, String bind, int port) {
  /** Telegram's rule for a secret token. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /** Refuses webhook mode without a secret token Telegram would accept. */
  void check(Optional<String> secret) throws ConfigException {
    if (secret.isEmpty()) {
      throw new ConfigException(
          "telegram.webhook.url: set "
              + Secrets.TELEGRAM_WEBHOOK_SECRET
              + " (in the environment or the secrets file) too: Telegram sends it with every"
              + " update, and requests without it are refused");
    }
    if (!SECRET.matcher(secret.get()).matches()) {
      throw new ConfigException(
          Secrets.TELEGRAM_WEBHOOK_SECRET
              + ": must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
    }
  }
}
