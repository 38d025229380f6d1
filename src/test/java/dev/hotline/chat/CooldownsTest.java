package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Cooldowns.Limit;
import dev.hotline.chat.Cooldowns.Pace;
import dev.hotline.chat.Cooldowns.Wait;
import dev.hotline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves: a burst, then one turn per interval. */
class CooldownsTest {
  private static final Pace USER = new Pace(3, 5);
  private static final Pace CHANNEL = new Pace(4, 2);

  private final MutableClock clock = new MutableClock(Instant.parse("1989-11-09T18:00:00Z"));
  private final Cooldowns cooldowns = new Cooldowns(clock);

  /** Direct chats have no channel cooldown, and servers may switch either off. */
  @Test
  void aPaceOfZeroSecondsNeverHoldsAnyoneBack() {
    for (int i = 0; i < 50; i++) {
      assertThat(cooldowns.take("other", new Pace(1, 0), "channel", Pace.unlimited())).isEmpty();
    }
  }

  @Test
  void aUserAsksABurstInARowThenWaitsForTheNextTurn() {
    for (int i = 0; i < 3; i++) {
      assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited()))
          .as("question %d", i + 1)
          .isEmpty();
    }
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited()))
        .contains(new Wait(Limit.USER, 5));

    clock.advance(Duration.ofSeconds(3));
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited()))
        .contains(new Wait(Limit.USER, 2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited())).isEmpty();
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited())).isPresent();
  }

  @Test
  void aQuietUserGetsTheWholeBurstBack() {
    for (int i = 0; i < 3; i++) {
      cooldowns.take("user", USER, "dm", Pace.unlimited());
    }
    clock.advance(Duration.ofSeconds(15));
    for (int i = 0; i < 3; i++) {
      assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited())).isEmpty();
    }
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited())).isPresent();
  }

  @Test
  void aBusyChannelHoldsBackEvenAFreshUserAndARefusedTurnCostsNothing() {
    for (int user = 0; user < 4; user++) {
      assertThat(cooldowns.take("user" + user, USER, "general", CHANNEL)).isEmpty();
    }
    assertThat(cooldowns.take("newcomer", USER, "general", CHANNEL))
        .contains(new Wait(Limit.CHANNEL, 2));
    assertThat(cooldowns.take("newcomer", USER, "random", CHANNEL))
        .as("other channels are not affected, and the refused turn took no token")
        .isEmpty();
    assertThat(cooldowns.take("newcomer", USER, "random", CHANNEL)).isEmpty();
    assertThat(cooldowns.take("newcomer", USER, "random", CHANNEL)).isEmpty();
    assertThat(cooldowns.take("newcomer", USER, "random", CHANNEL))
        .as("the newcomer's own burst of three is used now")
        .map(Wait::limit)
        .isEqualTo(Optional.of(Limit.USER));
  }

  @Test
  void aChangedPaceStartsWithAFullBurst() {
    for (int i = 0; i < 3; i++) {
      cooldowns.take("user", USER, "dm", Pace.unlimited());
    }
    assertThat(cooldowns.take("user", USER, "dm", Pace.unlimited())).isPresent();
    assertThat(cooldowns.take("user", new Pace(3, 30), "dm", Pace.unlimited())).isEmpty();
  }
}
