package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
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

  @Test
  void environmentGivesTokenAndServer() {
    TelegramConnectionSettings settings =
        TelegramConnectionSettings.fromEnvironment(
            Map.of(
                "TELEGRAM_TOKEN",
                " " + TOKEN + "\n",
                "HOTLINE_TELEGRAM_API_URL",
                "http://127.0.0.1:8081"));

    assertEquals(TOKEN, settings.token());
    assertEquals("127.0.0.1", settings.apiUrl().getHost());
    assertEquals(8081, settings.apiUrl().getPort());
    assertEquals(
        TelegramUrl.DEFAULT_URL,
        TelegramConnectionSettings.fromEnvironment(Map.of("TELEGRAM_TOKEN", TOKEN)).apiUrl());
  }

  @Test
  void missingTokenNamesTheVariable() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> TelegramConnectionSettings.fromEnvironment(Map.of()));

    assertTrue(missing.getMessage().contains("TELEGRAM_TOKEN"), missing.getMessage());
  }
}
