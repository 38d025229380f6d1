package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendPacerTest {

  private static final long USER = 1962;
  private static final long GROUP = -1001962;

  private final ManualClock clock = new ManualClock(Instant.parse("1969-03-02T00:00:00Z"));
  private final ClockSleeper sleeper = new ClockSleeper(clock);
  private final SendPacer pacer = new SendPacer(clock, sleeper);

  @Test
  void oneMessageASecondInAChat() {
    assertThat(pacer.tryTake(USER)).isZero();
    assertThat(pacer.tryTake(USER)).isEqualTo(Duration.ofSeconds(1));

    clock.advance(Duration.ofMillis(400));
    assertThat(pacer.tryTake(USER)).isEqualTo(Duration.ofMillis(600));
    assertThat(pacer.tryTake(USER + 1)).as("another chat is not held up").isZero();

    clock.advance(Duration.ofMillis(600));
    assertThat(pacer.tryTake(USER)).isZero();
  }

  @Test
  void twentyAMinuteInAGroup() {
    for (int i = 0; i < SendPacer.GROUP_LIMIT; i++) {
      assertThat(pacer.tryTake(GROUP)).isZero();
      clock.advance(Duration.ofSeconds(1));
    }

    // The first of the twenty was 20 s ago; it leaves the one-minute window in 40 s.
    assertThat(pacer.tryTake(GROUP)).isEqualTo(Duration.ofSeconds(40));
    assertThat(pacer.tryTake(USER)).as("a private chat has no per-minute limit").isZero();
    clock.advance(Duration.ofSeconds(40));
    assertThat(pacer.tryTake(GROUP)).isZero();
  }

  @Test
  void thirtyASecondOverall() {
    for (int chat = 1; chat <= SendPacer.GLOBAL_LIMIT; chat++) {
      assertThat(pacer.tryTake(chat)).isZero();
      clock.advance(Duration.ofMillis(10));
    }

    assertThat(pacer.tryTake(100)).isEqualTo(Duration.ofMillis(700));
    clock.advance(Duration.ofMillis(700));
    assertThat(pacer.tryTake(100)).isZero();
  }

  @Test
  void aFloodWaitHoldsTheChatUntilItIsOver() {
    pacer.holdOff(USER, Duration.ofSeconds(7));

    assertThat(pacer.tryTake(USER)).isEqualTo(Duration.ofSeconds(7));
    assertThat(pacer.tryTake(USER + 1)).isZero();
  }

  @Test
  void awaitTurnSleepsOnTheInjectedSleeperUntilTheTurnIsFree() throws InterruptedException {
    pacer.awaitTurn(GROUP);
    pacer.awaitTurn(GROUP);
    pacer.holdOff(GROUP, Duration.ofSeconds(5));
    pacer.awaitTurn(GROUP);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(clock.instant()).isEqualTo(Instant.parse("1969-03-02T00:00:06Z"));
  }
}
