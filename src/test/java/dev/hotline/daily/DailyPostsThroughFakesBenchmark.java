package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.chat.Platform;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.discord.DiscordEndpoints;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.store.Database;
import dev.hotline.store.Durability;
import dev.hotline.store.ProcessInfo;
import dev.hotline.store.ShardRange;
import dev.hotline.store.SharedSubscriptionStore;
import dev.hotline.store.SqlProcesses;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.telegram.TelegramAdapter;
import dev.hotline.telegram.UnpacedTelegramAdapters;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.MutableClock;
import dev.hotline.testing.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How long Hotline takes to compute and send the daily posts of 10,000 subscriptions, all due at
 * 09:00 UTC, through the real platform posters over HTTP to the fake servers on 127.0.0.1: the
 * Discord poster of a started {@link DiscordAdapter} (JDA) on {@link FakeDiscord}, and the Telegram
 * poster of a started {@link TelegramAdapter} (telegrambots) on {@link FakeBotApi}.
 *
 * <p>The platforms' pacing is lifted so that the time is Hotline's own — the day card, rotation, a
 * claim, the platform's rendering and HTTP request, and the outcome, per post: the scheduler gets
 * {@link SendPacing#unlimited}, and the Telegram sender paces on a clock of its own that its waits
 * only move forward (which then tells how long its flood limits alone would take). The figure at
 * the platforms' limits is {@code subscriptions / SendPacing.PLATFORM_RATES}.
 *
 * <p>Telegram: one private chat per subscription (the fake takes any chat id). Discord: the fake
 * serves one guild with one text channel and the store allows one subscription per channel, so the
 * 10,000 subscriptions name channels {@code bench-0…} and a pass-through poster hands each to the
 * real poster as the fake's text channel: all 10,000 posts go to that one channel.
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.hotline.daily.DailyPostsThroughFakesBenchmark [-Dexec.args="10000 2"]
 * </pre>
 *
 * Arguments: subscriptions (default 10,000), days to run (default 2; the first warms the JVM), and
 * {@code sqlite} (default) or {@code postgres}. With {@code sqlite} the database is a fresh SQLite
 * file with production durability ({@link Durability#POWER_LOSS}); with {@code postgres} it is a
 * throwaway PostgreSQL on 127.0.0.1 (fsync off, see {@link ThrowawayPostgres}) used as a process
 * sharing it uses it: registered, and scheduling through {@link SharedSubscriptionStore}.
 */
public final class DailyPostsThroughFakesBenchmark {
  private static final Instant SUBSCRIBED = Instant.parse("2026-11-26T06:00:00Z");
  private static final Instant FIRST_DAY = Instant.parse("2026-11-27T09:00:00Z");

  private DailyPostsThroughFakesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    if (args.length > 2 && args[2].equals("postgres")) {
      try (ThrowawayPostgres server = ThrowawayPostgres.startOrSkip()) {
        postgres = server;
        run(count, days);
      }
    } else {
      run(count, days);
    }
  }

  /** The PostgreSQL to run on, or null for SQLite files. */
  private static ThrowawayPostgres postgres;

  private static void run(int count, int days) throws Exception {
    MutableClock clock = new MutableClock(SUBSCRIBED);
    ChatService chat =
        new ChatService(
            BundledIndex.bundled(),
            new InMemorySettingsStore(),
            PlaceLifecycle.NONE,
            clock,
            "benchmark");
    System.out.printf(
        Locale.ROOT,
        "%,d subscriptions per platform, all due at 09:00 UTC; %d days; fakes on 127.0.0.1; %s%n",
        count,
        days,
        postgres == null ? "SQLite, fsync on every commit" : "PostgreSQL on 127.0.0.1, fsync off");

    try (FakeDiscord fake = FakeDiscord.start()) {
      DiscordAdapter adapter =
          new DiscordAdapter(
              chat, fake.token(), DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()));
      try {
        adapter.start();
        String guild = Long.toUnsignedString(fake.guild().id());
        String channel = Long.toUnsignedString(fake.guild().textChannelId());
        DayPoster real = adapter.poster();
        DayPoster toTheOneChannel =
            (place, card, key) ->
                real.post(new ChatPlace(Platform.DISCORD, place.serverId(), channel), card, key);
        run(
            Platform.DISCORD,
            count,
            days,
            clock,
            chat,
            toTheOneChannel,
            i -> new ChatPlace(Platform.DISCORD, guild, "bench-" + i),
            () ->
                fake.requests().stream()
                    .filter(c -> c.is("POST", "/channels/{channel}/messages") && c.status() == 200)
                    .count(),
            null);
      } finally {
        adapter.close();
      }
    }

    try (FakeBotApi api = FakeBotApi.start()) {
      MutableClock pacingClock = new MutableClock(SUBSCRIBED);
      TelegramAdapter adapter =
          UnpacedTelegramAdapters.create(chat, api.bot().token(), api.baseUrl(), pacingClock);
      try {
        adapter.start();
        run(
            Platform.TELEGRAM,
            count,
            days,
            clock,
            chat,
            adapter.poster(),
            i -> {
              String id = Long.toString(5_000_000_000L + i); // a private chat per subscription
              return new ChatPlace(Platform.TELEGRAM, null, id);
            },
            () -> api.calls("sendMessage").stream().filter(c -> c.succeeded()).count(),
            pacingClock);
      } finally {
        adapter.close();
      }
    }
  }

  private static void run(
      Platform platform,
      int count,
      int days,
      MutableClock clock,
      ChatService chat,
      DayPoster poster,
      IntFunction<ChatPlace> place,
      java.util.function.LongSupplier received,
      MutableClock pacingClock)
      throws Exception {
    Path dir = Files.createTempDirectory("hotline-daily-fakes-benchmark");
    clock.set(SUBSCRIBED);
    try (Database database =
        postgres == null
            ? Database.openFile(dir.resolve("hotline.db"), Durability.POWER_LOSS, clock)
            : Database.openUrl(postgres.newDatabase(), ThrowawayPostgres.USER, "", clock)) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      DailySubscriptions subscriptions = new DailySubscriptions(store, clock);
      for (int i = 0; i < count; i++) {
        subscriptions.subscribe(place.apply(i), LocalTime.of(9, 0), ZoneId.of("UTC"));
      }
      SubscriptionStore scheduled = store;
      if (postgres != null) {
        ProcessInfo self = new ProcessInfo("benchmark", Set.of(platform), ShardRange.all(1));
        new SqlProcesses(database).join(self, clock.instant(), Duration.ofDays(30));
        scheduled =
            new SharedSubscriptionStore(
                database,
                self,
                (p, total) -> OptionalInt.empty(),
                Duration.ofMinutes(2),
                Set.of(Platform.DISCORD),
                clock);
      }
      DailyScheduler scheduler =
          new DailyScheduler(
              scheduled, day -> chat.dayCard(day, 20), SendPacing.unlimited(clock), clock);
      scheduler.register(platform, poster);
      double rate = SendPacing.PLATFORM_RATES.get(platform);
      for (int day = 0; day < days; day++) {
        clock.set(FIRST_DAY.plus(Duration.ofDays(day)));
        long before = received.getAsLong();
        Instant pacedFrom = pacingClock == null ? null : pacingClock.instant();
        long start = System.nanoTime();
        int sent = 0;
        for (int ticks = 0; sent < count && ticks < 100; ticks++) {
          DailyScheduler.TickReport report = scheduler.tick();
          if (report.retrying() + report.gone() + report.failed() > 0) {
            throw new IllegalStateException(platform + ": not all sent: " + report);
          }
          sent += report.sent();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long got = received.getAsLong() - before;
        if (sent != count || got != count) {
          throw new IllegalStateException(
              platform + ": expected " + count + " posts, sent " + sent + ", fake got " + got);
        }
        System.out.printf(
            Locale.ROOT,
            "%s day %d: %,d posts computed, claimed, sent over HTTP and recorded in %.1f s (%,.0f"
                + " posts/s, %.2f ms a post); at %.0f posts/s the platform's limit alone takes %.0f"
                + " s%n",
            platform,
            day + 1,
            count,
            seconds,
            count / seconds,
            seconds * 1000 / count,
            rate,
            count / rate);
        if (pacingClock != null) {
          System.out.printf(
              Locale.ROOT,
              "%s day %d: the Telegram sender's own pacing waited %.0f s (virtual)%n",
              platform,
              day + 1,
              Duration.between(pacedFrom, pacingClock.instant()).toMillis() / 1000.0);
        }
      }
    }
  }
}
