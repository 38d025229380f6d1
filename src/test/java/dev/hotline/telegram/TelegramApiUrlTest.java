package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramApiUrlTest {

  @Test
  void selfHostedServerWithPort() {
    assertEquals(
        new TelegramUrl("http", "127.0.0.1", 8081, false),
        TelegramApiUrl.parse("http://127.0.0.1:8081"));
  }

  @Test
  void defaultPortFollowsTheScheme() {
    assertEquals(443, TelegramApiUrl.parse("https://bots.example.org/").getPort());
    assertEquals(80, TelegramApiUrl.parse("HTTP://bots.example.org").getPort());
  }

  @Test
  void ipv6LiteralLosesItsBrackets() {
    assertEquals("::1", TelegramApiUrl.parse("http://[::1]:8081").getHost());
  }

  @Test
  void pathsAndOtherSchemesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TelegramApiUrl.parse("http://127.0.0.1:8081/telegram"));
    assertThrows(IllegalArgumentException.class, () -> TelegramApiUrl.parse("ftp://127.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> TelegramApiUrl.parse("127.0.0.1:8081"));
    assertThrows(IllegalArgumentException.class, () -> TelegramApiUrl.parse("http://"));
  }
}
