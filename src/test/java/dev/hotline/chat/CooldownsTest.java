package dev.hotline.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CooldownsTest {
  private final Cooldowns cooldowns =
      new Cooldowns(Clock.fixed(Instant.parse("1989-11-09T18:00:00Z"), ZoneOffset.UTC));

  /** Direct chats have no channel cooldown, and servers may switch either off. */
  @Test
  void aCooldownOfZeroNeverHoldsAnyoneBack() {
    assertEquals(OptionalLong.empty(), cooldowns.take("user", 5, "dm", 0));
    assertEquals(OptionalLong.empty(), cooldowns.take("other", 0, "channel", 0));
    assertEquals(OptionalLong.empty(), cooldowns.take("other", 0, "channel", 0));
  }

  @Test
  void aSecondTurnWithinTheCooldownWaits() {
    assertEquals(OptionalLong.empty(), cooldowns.take("user", 5, "dm", 0));
    OptionalLong wait = cooldowns.take("user", 5, "dm", 0);
    assertTrue(wait.isPresent() && wait.getAsLong() == 5, String.valueOf(wait));
  }
}
