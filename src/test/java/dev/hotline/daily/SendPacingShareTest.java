package dev.hotline.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Platform;
import dev.hotline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A process sharing its bot with others takes its part of the platform's rate. */
class SendPacingShareTest {
  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

  @Test
  void aLowerRateSpacesPostsFurtherApartFromThenOn() {
    MutableClock clock = new MutableClock(T0);
    SendPacing pacing = new SendPacing(clock, Map.of(Platform.TELEGRAM, 20.0));
    for (int i = 0; i < 20; i++) {
      assertThat(pacing.hasTurn(Platform.TELEGRAM)).isTrue();
      pacing.take(Platform.TELEGRAM);
    }
    assertThat(pacing.nextFree(Platform.TELEGRAM)).isEqualTo(T0.plusMillis(50));

    pacing.changeRate(Platform.TELEGRAM, 10.0); // two processes now share the bot
    assertThat(pacing.nextFree(Platform.TELEGRAM)).isEqualTo(T0.plusMillis(100));
    clock.advance(Duration.ofSeconds(10));
    int burst = 0;
    while (pacing.hasTurn(Platform.TELEGRAM)) {
      pacing.take(Platform.TELEGRAM);
      burst++;
    }
    assertThat(burst).as("at most one second's worth at the new rate").isEqualTo(10);
  }

  @Test
  void anUnpacedPlatformStaysUnpaced() {
    MutableClock clock = new MutableClock(T0);
    SendPacing pacing = SendPacing.unlimited(clock);
    pacing.changeRate(Platform.DISCORD, 5.0);
    for (int i = 0; i < 100; i++) {
      assertThat(pacing.hasTurn(Platform.DISCORD)).isTrue();
      pacing.take(Platform.DISCORD);
    }
  }
}
