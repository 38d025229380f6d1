package dev.hotline.telegram;

import dev.hotline.chat.Backoff;
import java.time.Duration;
import java.util.Objects;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where and how to connect: bot token, Bot API server and how long the server may hold a poll.
 *
 * @param token the bot token from BotFather; never printed
 * @param apiUrl the Bot API server, {@link TelegramUrl#DEFAULT_URL} for the official one
 * @param pollTimeout how long one {@code getUpdates} may wait for an update (whole seconds, 1 to
 *     50)
 * @param retry how long to wait before polling again after a poll failed
 */
public record TelegramConnectionSettings(
    String token, TelegramUrl apiUrl, Duration pollTimeout, Backoff retry) {

  /** The library's default long-poll timeout, and the longest these settings accept. */
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(50);

  // Zero would be short polling: the library re-polls at once, so the loop would hammer the server.
  private static final Duration MIN_POLL_TIMEOUT = Duration.ofSeconds(1);

  /** Checks the values and rejects a poll timeout that Telegram would not honour. */
  public TelegramConnectionSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(pollTimeout, "pollTimeout");
    Objects.requireNonNull(retry, "retry");
    if (token.isBlank()) {
      throw new IllegalArgumentException("The Telegram bot token is blank");
    }
    if (pollTimeout.compareTo(MIN_POLL_TIMEOUT) < 0
        || pollTimeout.compareTo(DEFAULT_POLL_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "pollTimeout must be between 1 and 50 seconds: " + pollTimeout);
    }
  }

  /** Settings for the given server with the default poll timeout. */
  public static TelegramConnectionSettings of(String token, TelegramUrl apiUrl) {
    return new TelegramConnectionSettings(token, apiUrl, DEFAULT_POLL_TIMEOUT, Backoff.standard());
  }

  /** The same settings with another poll timeout. */
  public TelegramConnectionSettings withPollTimeout(Duration timeout) {
    return new TelegramConnectionSettings(token, apiUrl, timeout, retry);
  }

  /** The same settings with another wait between failed polls. */
  public TelegramConnectionSettings withRetry(Backoff backoff) {
    return new TelegramConnectionSettings(token, apiUrl, pollTimeout, backoff);
  }

  int pollTimeoutSeconds() {
    return Math.toIntExact(pollTimeout.toSeconds());
  }

  // The token grants full control of the bot, so it must not reach logs through toString.
  @Override
  public String toString() {
    return "TelegramConnectionSettings[token=<redacted>, apiUrl="
        + apiUrl.getSchema()
        + "://"
        + apiUrl.getHost()
        + ":"
        + apiUrl.getPort()
        + ", pollTimeout="
        + pollTimeout
        + ", retry="
        + retry
        + "]";
  }
}
