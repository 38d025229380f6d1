package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.store.Database;
import dev.hotline.store.Durability;
import dev.hotline.store.SqlLeases;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The polling turn kept in the database, on a clock the test moves: one holder at a time, polling
 * stopped before the turn can pass on, the next holder after the last update taken.
 */
class TelegramPollerTurnTest {
  private static final Duration LENGTH = Duration.ofSeconds(9);
  private static final String TOKEN = "7000000001:AAFakeTokenForTestsOnly";

  @TempDir Path dir;

  @Test
  void oneProcessPollsAndAnotherTakesOverOnlyOnceTheTurnRanOut() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    try (Database database =
        Database.openFile(dir.resolve("hotline.db"), Durability.PROCESS_CRASH, clock)) {
      SqlLeases leases = new SqlLeases(database);
      TelegramPollerTurn a = new TelegramPollerTurn(leases, TOKEN, "A", clock, LENGTH);
      TelegramPollerTurn b = new TelegramPollerTurn(leases, TOKEN, "B", clock, LENGTH);
      a.tick();
      b.tick();
      assertThat(a.held()).isTrue();
      assertThat(b.held()).isFalse();
      assertThat(a.take(41)).hasValue(0);
      assertThat(b.take(41)).isEmpty();
      assertThat(a.nextOffset(1)).isEqualTo(42);

      clock.advance(Duration.ofSeconds(3));
      a.tick(); // renewed until 12 s
      clock.advance(Duration.ofSeconds(5)); // 8 s
      b.tick();
      assertThat(b.held()).isFalse();
      assertThat(a.held()).isTrue();

      // A stops renewing (it died or lost the database): it stops polling at 9 s, a third of
      // its turn before the turn runs out ...
      clock.advance(Duration.ofSeconds(2)); // 10 s
      assertThat(a.held()).isFalse();
      assertThat(a.take(50)).isEmpty();
      b.tick();
      assertThat(b.held()).as("the turn has not run out yet").isFalse();
      // ... and only once the turn has run out may B take it.
      clock.advance(Duration.ofSeconds(2)); // 12 s
      b.tick();
      assertThat(b.held()).isTrue();
      assertThat(b.nextOffset(1)).as("after the last update A took").isEqualTo(42);
      assertThat(b.take(45)).hasValue(41);

      b.close();
      a.tick();
      assertThat(a.held()).as("given up on a clean stop: at once").isTrue();
      assertThat(a.nextOffset(1)).isEqualTo(46);
    }
  }

  @Test
  void theTurnIsNamedByTheBotsIdNeverByItsSecret() {
    assertThat(TelegramPollerTurn.botId(TOKEN)).isEqualTo("7000000001");
  }
}
