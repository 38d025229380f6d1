package dev.hotline.telegram;

import dev.hotline.chat.ChatService;
import dev.hotline.testing.MutableClock;
import java.time.Duration;

/**
 * For benchmarks outside this package: a {@link TelegramAdapter} whose sender paces on a clock of
 * its own that its "sleeps" merely move forward, so Telegram's per-chat and 30-a-second limits cost
 * no real time; the clock then shows how long those limits alone would have taken.
 */
public final class UnpacedTelegramAdapters {
  private UnpacedTelegramAdapters() {}

  public static TelegramAdapter create(
      ChatService chat, String token, String baseUrl, MutableClock pacingClock) {
    return new TelegramAdapter(
        chat,
        TelegramConnectionSettings.of(token, TelegramApiUrl.parse(baseUrl)),
        pacingClock,
        pacingClock::advance,
        Duration.ofMillis(20));
  }
}
