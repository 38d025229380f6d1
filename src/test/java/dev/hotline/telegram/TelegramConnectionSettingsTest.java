package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramConnectionSettingsTest {

  private static final String TOKEN = "123456:SECRET-token";

  @Test
  void toStringNeverShowsTheToken() {
    String text = TelegramConnectionSettings.of(TOKEN, TelegramUrl.DEFAULT_URL).toString();

    assertFalse(text.contains("SECRET"), text);
    assertTrue(text.contains("api.telegram.org"), text);
  }

  @Test
  void pollTimeoutMustBeARealLongPoll() {
    TelegramConnectionSettings settings =
        TelegramConnectionSettings.of(TOKEN, TelegramUrl.DEFAULT_URL);

    assertEquals(50, settings.pollTimeoutSeconds());
    assertEquals(1, settings.withPollTimeout(Duration.ofSeconds(1)).pollTimeoutSeconds());
    assertThrows(
        IllegalArgumentException.class, () -> settings.withPollTimeout(Duration.ofSeconds(51)));
    assertThrows(
        IllegalArgumentException.class,
        () -> settings.withPollTimeout(Duration.ZERO),
        "zero would make the library poll in a tight loop");
  }

  @Test
  void blankTokenIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TelegramConnectionSettings.of(" ", TelegramUrl.DEFAULT_URL));
  }
}
