package dev.hotline.telegram.fake;

import java.util.Map;
import java.util.Objects;

/**
 * An error answer of the Bot API: HTTP status equal to {@code error_code}, a description and the
 * optional {@code parameters} object ({@code retry_after}, {@code migrate_to_chat_id}).
 *
 * @param errorCode HTTP status and {@code error_code}
 * @param description Telegram's human-readable reason
 * @param parameters numeric response parameters, empty for most errors
 */
public record ApiFailure(int errorCode, String description, Map<String, Long> parameters) {

  /** Copies the parameters so a scripted failure cannot change after it was queued. */
  public ApiFailure {
    Objects.requireNonNull(description, "description");
    parameters = Map.copyOf(parameters);
  }

  /** Flood control: the client must wait {@code retryAfterSeconds} before calling again. */
  public static ApiFailure tooManyRequests(int retryAfterSeconds) {
    return new ApiFailure(
        429,
        "Too Many Requests: retry after " + retryAfterSeconds,
        Map.of("retry_after", (long) retryAfterSeconds));
  }

  /** The user blocked the bot; sending to that private chat will keep failing. */
  public static ApiFailure blockedByUser() {
    return new ApiFailure(403, "Forbidden: bot was blocked by the user", Map.of());
  }

  /** The group became a supergroup; the bot must resend to {@code newChatId}. */
  public static ApiFailure chatMigrated(long newChatId) {
    return new ApiFailure(
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        Map.of("migrate_to_chat_id", newChatId));
  }

  /** A 400 with the given reason, which Telegram prefixes with "Bad Request: ". */
  public static ApiFailure badRequest(String reason) {
    return new ApiFailure(400, "Bad Request: " + reason, Map.of());
  }

  static ApiFailure unauthorized() {
    return new ApiFailure(401, "Unauthorized", Map.of());
  }

  static ApiFailure notFound() {
    return new ApiFailure(404, "Not Found", Map.of());
  }

  static ApiFailure webhookActive() {
    return new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
            + " delete the webhook first",
        Map.of());
  }

  static ApiFailure pollConflict() {
    return new ApiFailure(
        409,
        "Conflict: terminated by other getUpdates request; "
            + "make sure that only one bot instance is running",
        Map.of());
  }

  ApiFailureException toException() {
    return new ApiFailureException(this);
  }
}
