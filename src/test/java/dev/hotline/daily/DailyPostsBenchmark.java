package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.chat.Platform;
import dev.hotline.store.Database;
import dev.hotline.store.Durability;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How long Hotline takes to compute and send the daily posts of 10,000 subscriptions that are all
 * due at once, to an in-memory poster with no pacing: the time is Hotline's own (day cards from the
 * bundled index, rotation, a claim and an outcome written per post), not a platform's.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.hotline.daily.DailyPostsBenchmark [-Dexec.args="10000 3"]
 * </pre>
 *
 * Arguments: subscriptions (default 10,000) and days to run (default 3; the first warms the JVM).
 */
public final class DailyPostsBenchmark {
  private DailyPostsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int subscriptions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T06:00:00Z"));
    ChatService chat =
        new ChatService(
            BundledIndex.bundled(),
            new InMemorySettingsStore(),
            PlaceLifecycle.NONE,
            clock,
            "benchmark");
    DayCards cards = day -> chat.dayCard(day, 20);
    System.out.printf(
        Locale.ROOT,
        "%,d subscriptions, all due at 09:00 UTC; day cards from the bundled index%n",
        subscriptions);
    for (Durability durability : Durability.values()) {
      run(subscriptions, days, durability, cards, clock);
    }
  }

  private static void run(
      int count, int days, Durability durability, DayCards cards, MutableClock clock)
      throws Exception {
    Path dir = Files.createTempDirectory("hotline-daily-benchmark");
    clock.set(Instant.parse("2026-11-26T06:00:00Z"));
    try (Database database = Database.openFile(dir.resolve("hotline.db"), durability, clock)) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      DailySubscriptions subscriptions = new DailySubscriptions(store, clock);
      long setup = System.nanoTime();
      for (int i = 0; i < count; i++) {
        subscriptions.subscribe(
            new ChatPlace(
                i % 2 == 0 ? Platform.DISCORD : Platform.TELEGRAM,
                "server-" + i / 20,
                "channel-" + i),
            LocalTime.of(9, 0),
            ZoneId.of("UTC"));
      }
      System.out.printf(
          Locale.ROOT, "%s: subscribing took %,d ms%n", durability, millisSince(setup));

      DailyScheduler scheduler =
          new DailyScheduler(store, cards, SendPacing.unlimited(clock), clock);
      RecordingPoster poster = new RecordingPoster(clock);
      scheduler.register(Platform.DISCORD, poster);
      scheduler.register(Platform.TELEGRAM, poster);
      for (int day = 0; day < days; day++) {
        clock.set(Instant.parse("2026-11-27T09:00:00Z").plus(Duration.ofDays(day)));
        poster.clear();
        long start = System.nanoTime();
        DailyScheduler.TickReport report = scheduler.tick();
        long millis = millisSince(start);
        if (report.sent() != count || poster.posts().size() != count) {
          throw new IllegalStateException("expected " + count + " posts, sent " + report.sent());
        }
        System.out.printf(
            Locale.ROOT,
            "%s: day %d: %,d posts computed and sent in %,d ms (%.0f µs a post, %,.0f posts/s)%n",
            durability,
            day + 1,
            count,
            millis,
            millis * 1000.0 / count,
            count / (millis / 1000.0));
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
