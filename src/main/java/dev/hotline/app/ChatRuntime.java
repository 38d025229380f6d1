package dev.hotline.app;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DailyRunner;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.daily.DailySubscriptions;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.SendPacing;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSettingsStore;
import dev.hotline.store.SqlSubscriptionStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The chat layer with the state that outlives a restart: settings and daily subscriptions in one
 * database file, and the daily posts' scheduler. A bot command opens it, hands {@link #chat()} to
 * its adapter, registers the adapter's poster, starts the daily posts, and closes it on the way
 * out.
 */
public final class ChatRuntime implements AutoCloseable {
  /**
   * Events offered to a daily post's rotation for each day; a post shows {@link
   * DailyScheduler#EVENTS_PER_POST}.
   */
  static final int DAILY_CANDIDATES = 20;

  private final Database database;
  private final ChatService chat;
  private final DailyScheduler scheduler;
  private final DailyRunner runner;

  private final ChatMetrics metrics;

  private ChatRuntime(
      Database database, AnswerService answers, ChatMetrics metrics, Clock clock, String version) {
    this.database = database;
    this.metrics = metrics;
    SqlSubscriptionStore subscriptionStore = new SqlSubscriptionStore(database);
    DailySubscriptions subscriptions = new DailySubscriptions(subscriptionStore, clock);
    this.chat =
        new ChatService(
            answers,
            new SqlSettingsStore(database),
            subscriptions,
            subscriptions,
            clock,
            version,
            metrics);
    this.scheduler =
        new DailyScheduler(
            subscriptionStore,
            day -> chat.dayCard(day, DAILY_CANDIDATES),
            new SendPacing(clock, SendPacing.PLATFORM_RATES),
            clock);
    this.runner = new DailyRunner(scheduler, clock);
  }

  /**
   * Opens (creating if need be) the database at {@code databaseFile}; a damaged or unwritable file
   * fails here with a {@link dev.hotline.store.StoreException} that names it.
   */
  public static ChatRuntime open(
      Path databaseFile, AnswerService answers, ChatMetrics metrics, Clock clock, String version) {
    Database database = Database.openFile(databaseFile, clock);
    try {
      return new ChatRuntime(database, answers, metrics, clock, version);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The chat layer, for the adapters. */
  public ChatService chat() {
    return chat;
  }

  /**
   * Daily posts for {@code platform} go through {@code poster}; posts for a platform without one
   * wait.
   */
  public void registerPoster(Platform platform, DayPoster poster) {
    scheduler.register(
        platform,
        (place, card, key) -> {
          PostOutcome outcome = poster.post(place, card, key);
          metrics.post(platform, outcome instanceof PostOutcome.Sent);
          return outcome;
        });
  }

  /** Whether the database takes writes now, for the health endpoint. */
  public boolean databaseWritable() {
    return database.writable();
  }

  /** Starts sending daily posts (after marking any a crash left unconfirmed). */
  public void startDailyPosts() {
    runner.start();
  }

  /** Stops the daily posts (a post being sent finishes first), then closes the database. */
  @Override
  public void close() {
    runner.close();
    database.close();
  }
}
