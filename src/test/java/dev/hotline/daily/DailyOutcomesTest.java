package dev.hotline.daily;

import static dev.hotline.daily.DailyWorld.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SubscriptionStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What platforms answer, what moderators change and how places move, as the scheduler sees it. */
class DailyOutcomesTest {
  @TempDir Path dir;

  private static final ChatPlace GENERAL = channel("general");
  private static final ChatPlace DELETED = channel("deleted");
  private static final ChatPlace HISTORY = channel("history");

  @Test
  void aGonePlaceIsDisabledWithItsReasonAndDoesNotHoldUpOthers() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(DELETED, "09:00", "UTC");
      world.subscribe(GENERAL, "09:00", "UTC");
      world.subscribe(HISTORY, "09:00", "UTC");
      world.poster.answer(
          place ->
              place.equals(DELETED)
                  ? PostOutcome.gone("the channel was deleted")
                  : PostOutcome.sent());

      DailyScheduler.TickReport report = world.tickAt("2026-11-27T09:00:00Z");
      assertThat(report.gone()).isEqualTo(1);
      assertThat(report.sent()).isEqualTo(2);

      SubscriptionStatus status = world.subscriptions.status(DELETED).orElseThrow();
      assertThat(status.active()).isFalse();
      assertThat(status.disabledReason()).contains("the channel was deleted");
      assertThat(status.nextPost()).isEmpty();

      world.poster.clear();
      world.tickAt("2026-11-28T09:00:00Z");
      assertThat(world.poster.posts())
          .extracting(RecordingPoster.Post::place)
          .containsExactly(GENERAL, HISTORY);

      // A moderator turns it on again once the problem is fixed: the reason is cleared.
      world.subscribe(DELETED, "10:00", "UTC");
      assertThat(world.subscriptions.status(DELETED).orElseThrow().disabledReason()).isEmpty();
    }
  }

  @Test
  void retryLaterTriesAgainWithTheSameKeyThenGivesUpThatDay() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.poster.answer(place -> PostOutcome.retryLater(Duration.ofMinutes(2), "rate limited"));

      DailyScheduler.TickReport first = world.tickAt("2026-11-27T09:00:00Z");
      assertThat(first.retrying()).isEqualTo(1);
      assertThat(first.nextTick()).isEqualTo(Instant.parse("2026-11-27T09:02:00Z"));
      assertThat(world.tickAt("2026-11-27T09:01:59Z").retrying())
          .as("not before its time")
          .isZero();
      world.tickEvery(Duration.ofMinutes(1), Instant.parse("2026-11-27T10:00:00Z"));

      assertThat(world.poster.keys())
          .hasSize(DailyScheduler.MAX_ATTEMPTS)
          .containsOnly("1-20261127");
      assertThat(world.store.delivery(1, LocalDate.parse("2026-11-27")).orElseThrow().state())
          .isEqualTo(DeliveryState.FAILED);

      world.poster.answer(place -> PostOutcome.sent());
      assertThat(world.tickAt("2026-11-28T09:00:00Z").sent())
          .as("the next day is a new day")
          .isEqualTo(1);
    }
  }

  @Test
  void aRetrySucceedsAndCountsAsTheDaysPost() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.poster.answer(place -> PostOutcome.retryLater(Duration.ofSeconds(30), "server busy"));
      world.tickAt("2026-11-27T09:00:00Z");
      world.poster.answer(place -> PostOutcome.sent());
      assertThat(world.tickAt("2026-11-27T09:00:30Z").sent()).isEqualTo(1);
      assertThat(world.tickAt("2026-11-27T12:00:00Z").sent()).isZero();
      assertThat(world.poster.keys()).containsExactly("1-20261127", "1-20261127");
      assertThat(world.subscriptions.status(GENERAL).orElseThrow().lastPost())
          .contains(ZonedDateTime.parse("2026-11-27T09:00:30Z[UTC]"));
    }
  }

  @Test
  void aPosterThatThrowsIsNotRetriedThatDay() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.subscribe(HISTORY, "09:00", "UTC");
      world.poster.answer(
          place -> {
            if (place.equals(GENERAL)) {
              throw new IllegalStateException("connection reset after sending");
            }
            return PostOutcome.sent();
          });
      DailyScheduler.TickReport report = world.tickAt("2026-11-27T09:00:00Z");
      assertThat(report.failed()).isEqualTo(1);
      assertThat(report.sent()).isEqualTo(1);
      world.tickEvery(Duration.ofMinutes(10), Instant.parse("2026-11-27T12:00:00Z"));
      assertThat(world.poster.keys()).containsExactly("1-20261127", "2-20261127");
    }
  }

  @Test
  void offAndChangedTimesTakeEffectEvenForAPostAlreadyPlanned() {
    try (DailyWorld world =
        new DailyWorld(
            dir, Instant.parse("2026-11-27T06:00:00Z"), java.util.Map.of(Platform.DISCORD, 1.0))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.subscribe(HISTORY, "09:00", "UTC");
      world.subscribe(DELETED, "09:00", "UTC");
      // One post a second: the first goes, the other two wait in the scheduler's list.
      assertThat(world.tickAt("2026-11-27T09:00:00Z").waiting()).isEqualTo(2);
      world.subscriptions.unsubscribe(HISTORY);
      world.subscribe(DELETED, "18:00", "UTC");
      world.tickEvery(Duration.ofSeconds(1), Instant.parse("2026-11-27T09:00:10Z"));
      assertThat(world.poster.posts())
          .extracting(RecordingPoster.Post::place)
          .containsExactly(GENERAL);
      world.tickAt("2026-11-27T18:00:00Z");
      assertThat(world.poster.posts())
          .extracting(RecordingPoster.Post::place)
          .containsExactly(GENERAL, DELETED);
    }
  }

  @Test
  void aPostWaitingPastMidnightIsDroppedNotPostedLate() {
    try (DailyWorld world =
        new DailyWorld(
            dir, Instant.parse("2026-11-27T06:00:00Z"), java.util.Map.of(Platform.DISCORD, 1.0))) {
      world.subscribe(GENERAL, "23:59", "UTC");
      world.subscribe(HISTORY, "23:59", "UTC");
      world.subscribe(DELETED, "23:59", "UTC");
      world.tickAt("2026-11-27T23:59:59Z");
      world.tickAt("2026-11-28T00:00:00Z");
      world.tickAt("2026-11-28T00:00:01Z");
      assertThat(world.poster.keys()).containsExactly("1-20261127");
    }
  }

  @Test
  void postsWaitForAPosterToBeRegistered() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      ChatPlace console = new ChatPlace(Platform.CONSOLE, "console", "console");
      world.subscribe(console, "09:00", "UTC");
      world.subscribe(GENERAL, "09:00", "UTC");
      assertThat(world.tickAt("2026-11-27T09:00:00Z").sent()).isEqualTo(1);
      RecordingPoster late = new RecordingPoster(world.clock);
      world.scheduler.register(Platform.CONSOLE, late);
      world.tickAt("2026-11-27T09:01:00Z");
      assertThat(late.keys()).containsExactly("1-20261127");
    }
  }

  @Test
  void goneAndMovedPlacesTakeTheirSubscriptionsAlong() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      ChatPlace group = new ChatPlace(Platform.TELEGRAM, "-100", "-100");
      ChatPlace supergroup = new ChatPlace(Platform.TELEGRAM, "-1009", "-1009");
      world.subscribe(group, "09:00", "Europe/Paris");
      world.subscriptions.moved(group, supergroup);
      assertThat(world.subscriptions.status(group)).isEmpty();
      assertThat(world.subscriptions.status(supergroup).orElseThrow().zone())
          .isEqualTo(ZoneId.of("Europe/Paris"));
      world.tickAt("2026-11-27T08:00:00Z");
      assertThat(world.poster.posts())
          .extracting(RecordingPoster.Post::place)
          .containsExactly(supergroup);

      // The bot is removed from a whole server: every channel's subscription there stops.
      world.subscribe(GENERAL, "09:00", "UTC");
      world.subscribe(HISTORY, "09:00", "UTC");
      world.subscriptions.gone(
          new ChatPlace(Platform.DISCORD, "guild", null), "Hotline was removed from the server");
      for (ChatPlace place : List.of(GENERAL, HISTORY)) {
        assertThat(world.subscriptions.status(place).orElseThrow().disabledReason())
            .contains("Hotline was removed from the server");
      }
      assertThat(world.subscriptions.status(supergroup).orElseThrow().active()).isTrue();
    }
  }

  @Test
  void eventsRotateSoAChannelDoesNotGetLastYearsPassages() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      world.subscribe(GENERAL, "09:00", "UTC");
      world.tickAt("2026-11-27T09:00:00Z");
      world.tickAt("2027-11-27T09:00:00Z");
      List<RecordingPoster.Post> posts = world.poster.posts();
      assertThat(posts).hasSize(2);
      Set<String> lastYear = passages(posts.get(0));
      Set<String> thisYear = passages(posts.get(1));
      assertThat(lastYear)
          .containsExactlyInAnyOrder("11-27#1", "11-27#2", "11-27#3", "11-27#4", "11-27#5");
      // Eight candidates, five a post: the three never sent, then the two sent longest ago (best
      // first).
      assertThat(thisYear)
          .contains("11-27#6", "11-27#7", "11-27#8")
          .hasSize(DailyScheduler.EVENTS_PER_POST);
      assertThat(posts.get(1).card().requested()).isEqualTo(MonthDay.of(11, 27));
    }
  }

  @Test
  void statusShowsTheNextPostInTheLocalZone() {
    try (DailyWorld world = new DailyWorld(dir, Instant.parse("2026-11-27T06:00:00Z"))) {
      SubscriptionStatus on =
          world.subscriptions.subscribe(GENERAL, LocalTime.of(9, 0), ZoneId.of("America/New_York"));
      assertThat(on.nextPost())
          .contains(ZonedDateTime.parse("2026-11-27T09:00-05:00[America/New_York]"));
      assertThat(on.lastPost()).isEmpty();
      world.tickAt("2026-11-27T14:00:00Z");
      SubscriptionStatus after = world.subscriptions.status(GENERAL).orElseThrow();
      assertThat(after.nextPost())
          .contains(ZonedDateTime.parse("2026-11-28T09:00-05:00[America/New_York]"));
      assertThat(after.lastPost())
          .contains(ZonedDateTime.parse("2026-11-27T09:00-05:00[America/New_York]"));
      assertThat(world.subscriptions.unsubscribe(GENERAL).orElseThrow().active()).isFalse();
    }
  }

  private static Set<String> passages(RecordingPoster.Post post) {
    Set<String> ids = new HashSet<>();
    post.card().events().forEach(e -> ids.add(e.passageId()));
    return ids;
  }
}
