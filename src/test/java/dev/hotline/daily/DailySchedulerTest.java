package dev.hotline.daily;

import static dev.hotline.daily.DailyWorld.channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.SubscriptionStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scheduler on a clock the tests move: once a local day, across restarts, crashes and clock
 * changes.
 */
class DailySchedulerTest {
  @TempDir Path dir;

  private static final ChatPlace GENERAL = channel("general");

  @Test
  void postsOnceAtTheLocalTimeEachDay() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "Europe/Paris");
      DailyScheduler.TickReport early = world.tickAt("2026-11-27T07:59:59Z");
      assertThat(early.sent()).isZero();
      assertThat(early.nextTick()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));

      assertThat(world.tickAt("2026-11-27T08:00:00Z").sent()).isEqualTo(1);
      assertThat(world.tickAt("2026-11-27T08:00:30Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-27T22:00:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-28T08:00:00Z").sent()).isEqualTo(1);

      assertThat(world.poster.keys()).containsExactly("1-20261127", "1-20261128");
      RecordingPoster.Post first = world.poster.posts().get(0);
      assertThat(first.place()).isEqualTo(GENERAL);
      assertThat(first.card().requested()).isEqualTo(java.time.MonthDay.of(11, 27));
      assertThat(first.card().events()).hasSize(DailyScheduler.EVENTS_PER_POST);
    }
  }

  @Test
  void aSubscriptionMadeAfterTodaysTimeStartsTomorrow() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T12:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      assertThat(world.tickAt("2026-11-27T12:00:01Z").sent()).isZero();
      SubscriptionStatus status = world.subscriptions.status(GENERAL).orElseThrow();
      assertThat(status.nextPost()).contains(ZonedDateTime.parse("2026-11-28T09:00Z[UTC]"));
      assertThat(world.tickAt("2026-11-28T09:00:00Z").sent()).isEqualTo(1);
    }
  }

  @Test
  void aRestartBeforeThePostTimeChangesNothing() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.tickAt("2026-11-27T08:00:00Z");
      world.restart();
      assertThat(world.tickAt("2026-11-27T08:59:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-27T09:00:00Z").sent()).isEqualTo(1);
      assertThat(world.poster.keys()).containsExactly("1-20261127");
    }
  }

  @Test
  void aRestartAfterThePostDoesNotPostAgain() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.tickAt("2026-11-27T09:00:00Z");
      world.clock.set(Instant.parse("2026-11-27T09:10:00Z"));
      world.restart();
      assertThat(world.tickAt("2026-11-27T09:10:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-27T23:59:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-28T09:00:00Z").sent()).isEqualTo(1);
      assertThat(world.poster.keys()).containsExactly("1-20261127", "1-20261128");
      assertThat(world.subscriptions.status(GENERAL).orElseThrow().lastPost())
          .contains(ZonedDateTime.parse("2026-11-28T09:00Z[UTC]"));
    }
  }

  /**
   * Hotline dies after claiming the day and while the platform has the post: it is never sent
   * twice.
   */
  @Test
  void aCrashDuringThePostNeverSendsThatDayAgain() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.poster.answer(
          place -> {
            throw new SimulatedCrash();
          });
      assertThatThrownBy(() -> world.tickAt("2026-11-27T09:00:00Z"))
          .isInstanceOf(SimulatedCrash.class);
      assertThat(world.poster.keys()).containsExactly("1-20261127");

      world.poster.answer(place -> PostOutcome.sent());
      world.clock.set(Instant.parse("2026-11-27T09:05:00Z"));
      world.restart();
      assertThat(world.tickAt("2026-11-27T09:05:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-27T20:00:00Z").sent()).isZero();
      assertThat(world.store.delivery(1, LocalDate.parse("2026-11-27")).orElseThrow().state())
          .isEqualTo(DeliveryState.UNCONFIRMED);
      assertThat(world.tickAt("2026-11-28T09:00:00Z").sent()).isEqualTo(1);
      assertThat(world.poster.keys()).containsExactly("1-20261127", "1-20261128");
    }
  }

  @Test
  void downtimeOverThePostTimeIsCaughtUpOnceOnStart() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.tickAt("2026-11-27T08:30:00Z");
      world.clock.set(Instant.parse("2026-11-27T15:00:00Z"));
      world.restart();
      assertThat(world.tickAt("2026-11-27T15:00:00Z").sent()).isEqualTo(1);
      assertThat(world.tickAt("2026-11-27T15:00:30Z").sent()).isZero();
      world.restart();
      assertThat(world.tickAt("2026-11-27T16:00:00Z").sent()).isZero();
      assertThat(world.poster.posts())
          .singleElement()
          .satisfies(p -> assertThat(p.at()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z")));
    }
  }

  @Test
  void aDayMissedWhileDownIsNotMadeUpTheNextDay() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.tickAt("2026-11-27T08:30:00Z");
      // Down from 08:30 on the 27th until 08:00 on the 28th: the 27th's post is lost, not posted
      // late.
      world.clock.set(Instant.parse("2026-11-28T08:00:00Z"));
      world.restart();
      assertThat(world.tickAt("2026-11-28T08:00:00Z").sent()).isZero();
      assertThat(world.tickAt("2026-11-28T09:00:00Z").sent()).isEqualTo(1);
      assertThat(world.poster.keys()).containsExactly("1-20261128");
    }
  }

  @Test
  void afterDowntimeOverSeveralDaysOnlyTodayIsCaughtUp() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.clock.set(Instant.parse("2026-11-30T10:00:00Z"));
      world.restart();
      assertThat(world.tickAt("2026-11-30T10:00:00Z").sent()).isEqualTo(1);
      assertThat(world.poster.keys()).containsExactly("1-20261130");
    }
  }

  /**
   * 02:30 does not exist on the spring-forward day: the post goes at 03:00, the first instant after
   * the gap.
   */
  @ParameterizedTest
  @CsvSource({
    "Europe/Berlin,    2026-03-28T12:00:00Z, 2026-03-29T01:00:00Z, 2026-03-29",
    "America/New_York, 2026-03-07T12:00:00Z, 2026-03-08T07:00:00Z, 2026-03-08"
  })
  void aTimeSkippedBySpringForwardPostsAtTheNextValidInstant(
      String zone, Instant start, Instant expected, LocalDate day) {
    try (DailyWorld world = new DailyWorld(dir, start)) {
      world.subscribe(GENERAL, "02:30", zone);
      world.tickEvery(Duration.ofMinutes(5), expected.plus(Duration.ofHours(30)));
      assertThat(world.poster.posts()).hasSize(2);
      RecordingPoster.Post springForward = world.poster.posts().get(0);
      assertThat(springForward.at()).isEqualTo(expected);
      assertThat(springForward.key()).isEqualTo("1-" + day.toString().replace("-", ""));
      assertThat(springForward.at().atZone(java.time.ZoneId.of(zone)).toLocalTime())
          .isEqualTo(java.time.LocalTime.of(3, 0));
      // The day after, 02:30 exists again and is kept.
      assertThat(world.poster.posts().get(1).at().atZone(java.time.ZoneId.of(zone)).toLocalTime())
          .isEqualTo(java.time.LocalTime.of(2, 30));
    }
  }

  /**
   * 01:30 (New York) and 02:30 (Berlin) happen twice on the fall-back day: one post, at the first.
   */
  @ParameterizedTest
  @CsvSource({
    "Europe/Berlin,    02:30, 2026-10-24T12:00:00Z, 2026-10-25T00:30:00Z",
    "America/New_York, 01:30, 2026-10-31T12:00:00Z, 2026-11-01T05:30:00Z"
  })
  void aTimeRepeatedByFallBackPostsOnce(String zone, String time, Instant start, Instant expected) {
    try (DailyWorld world = new DailyWorld(dir, start)) {
      world.subscribe(GENERAL, time, zone);
      world.tickEvery(Duration.ofMinutes(5), expected.plus(Duration.ofHours(3)));
      assertThat(world.poster.posts())
          .singleElement()
          .satisfies(p -> assertThat(p.at()).isEqualTo(expected));
    }
  }

  @Test
  void anOrdinaryTimeOnTheSpringForwardDayKeepsItsLocalTime() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-03-28T12:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "Europe/Berlin");
      assertThat(world.tickAt("2026-03-29T06:59:59Z").sent()).isZero();
      assertThat(world.tickAt("2026-03-29T07:00:00Z").sent()).as("09:00 CEST").isEqualTo(1);
    }
  }

  /**
   * A crash while the poster is in flight: an Error the scheduler does not catch, as a kill would.
   */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash");
    }
  }
}
