package dev.hotline.telegram.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The payload of Hotline's buttons, within the 64 bytes Telegram allows for {@code callback_data}.
 */
public final class CallbackData {

  /** Telegram refuses a keyboard whose callback data is longer than this many bytes. */
  public static final int MAX_BYTES = 64;

  private static final String ANOTHER = "another:";

  private CallbackData() {}

  /** The data of an "Another answer" button for the card {@code token}, if it fits. */
  public static Optional<String> another(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    String data = ANOTHER + token;
    return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
        ? Optional.of(data)
        : Optional.empty();
  }

  /** The card token an "Another answer" button carries, or empty for any other data. */
  public static Optional<String> anotherToken(String data) {
    if (data == null || !data.startsWith(ANOTHER) || data.length() == ANOTHER.length()) {
      return Optional.empty();
    }
    return Optional.of(data.substring(ANOTHER.length()));
  }
}
