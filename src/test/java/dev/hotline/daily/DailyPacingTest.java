package dev.hotline.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand channels that all chose the default 09:00 UTC: every one gets its post once, each
 * platform within its rate, the two platforms side by side, on a clock the test moves.
 */
class DailyPacingTest {
  @TempDir Path dir;

  private static final int DISCORD_CHANNELS = 7_000;
  private static final int TELEGRAM_CHATS = 3_000;
  private static final double DISCORD_RATE = 25;
  private static final double TELEGRAM_RATE = 20;

  @Test
  void tenThousandSubscriptionsArePostedOnceEachWithinEachPlatformsRate() {
    Instant start = Instant.parse("2026-11-27T08:00:00Z");
    Instant nine = Instant.parse("2026-11-27T09:00:00Z");
    try (DailyWorld world =
        new DailyWorld(
            dir, start, Map.of(Platform.DISCORD, DISCORD_RATE, Platform.TELEGRAM, TELEGRAM_RATE))) {
      for (int i = 0; i < DISCORD_CHANNELS; i++) {
        world.subscriptions.subscribe(
            new ChatPlace(Platform.DISCORD, "guild-" + i / 10, "channel-" + i),
            LocalTime.of(9, 0),
            ZoneId.of("UTC"));
      }
      for (int i = 0; i < TELEGRAM_CHATS; i++) {
        world.subscriptions.subscribe(
            new ChatPlace(Platform.TELEGRAM, "-" + i, "-" + i),
            LocalTime.of(9, 0),
            ZoneId.of("UTC"));
      }

      world.clock.set(nine);
      int ticks = 0;
      while (world.poster.posts().size() < DISCORD_CHANNELS + TELEGRAM_CHATS && ticks < 5_000) {
        DailyScheduler.TickReport report = world.scheduler.tick();
        ticks++;
        // As the production runner does: sleep until the next tick is worth making, a quarter
        // second at least.
        Duration wait =
            DailyRunner.clamp(Duration.between(world.clock.instant(), report.nextTick()));
        world.clock.advance(wait);
      }

      List<RecordingPoster.Post> posts = world.poster.posts();
      Set<String> keys = new HashSet<>();
      posts.forEach(p -> keys.add(p.key()));
      assertThat(keys)
          .as("each subscription once")
          .hasSize(DISCORD_CHANNELS + TELEGRAM_CHATS)
          .hasSameSizeAs(posts);

      checkPaced(posts, Platform.DISCORD, DISCORD_CHANNELS, DISCORD_RATE, nine);
      checkPaced(posts, Platform.TELEGRAM, TELEGRAM_CHATS, TELEGRAM_RATE, nine);
      assertThat(ticks).as("ticks, not one per post").isLessThan(2_000);
    }
  }

  /**
   * A token bucket's promise: in any second, at most one second's rate plus the one-second burst.
   */
  private static void checkPaced(
      List<RecordingPoster.Post> posts, Platform platform, int count, double rate, Instant from) {
    List<Instant> times =
        posts.stream()
            .filter(p -> p.place().platform() == platform)
            .map(RecordingPoster.Post::at)
            .sorted()
            .toList();
    assertThat(times).hasSize(count);
    for (int i = 0, j = 0; i < times.size(); i++) {
      while (j < times.size() && times.get(j).isBefore(times.get(i).plusSeconds(1))) {
        j++;
      }
      assertThat(j - i)
          .as(platform + " posts in the second from " + times.get(i))
          .isLessThanOrEqualTo((int) (2 * rate));
    }
    double seconds = Duration.between(from, times.get(times.size() - 1)).toMillis() / 1000.0;
    double least = (count - rate) / rate;
    assertThat(seconds)
        .as(platform + ": spread over the time the rate needs, and no longer")
        .isBetween(least, least * 1.05 + 2);
  }
}
