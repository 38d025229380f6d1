package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CooldownsTest {
  private final Cooldowns cooldowns = new Cooldowns(Clock.fixed(Instant.parse("1961-08-13T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void aZeroCooldownNeverWaitsAndTheOtherStillCounts() {
    // A direct message has no channel cooldown; a server may set either to 0.
    assertThat(cooldowns.take("u1", 5, "dm", 0)).isEmpty();
    assertThat(cooldowns.take("u1", 5, "dm", 0)).isEqualTo(OptionalLong.of(5));
    assertThat(cooldowns.take("u2", 0, "c", 2)).isEmpty();
    assertThat(cooldowns.take("u3", 0, "c", 2)).isEqualTo(OptionalLong.of(2));
    assertThat(cooldowns.take("u4", 0, "free", 0)).isEmpty();
    assertThat(cooldowns.take("u4", 0, "free", 0)).isEmpty();
  }
}
