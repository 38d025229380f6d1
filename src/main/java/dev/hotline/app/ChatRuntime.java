package dev.hotline.app;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizRevealer;
import dev.hotline.daily.DailyQuizzes;
import dev.hotline.daily.DailyRunner;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.daily.DailySubscriptions;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.QuizPoster;
import dev.hotline.daily.SendPacing;
import dev.hotline.quiz.QuizMaster;
import dev.hotline.quiz.StudyCoach;
import dev.hotline.store.Database;
import dev.hotline.store.ProcessInfo;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.store.SqlSettingsStore;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.store.SqlUpdateLedger;
import dev.hotline.telegram.PollingTurn;
import dev.hotline.telegram.UpdateLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The chat layer with the state that outlives a restart: settings, daily subscriptions and quizzes
 * in one database (a file, or a PostgreSQL shared with other processes), and the scheduler of daily
 * posts and quizzes, which also reveals quizzes when their time is up. A bot command opens it,
 * hands {@link #chat()} to its adapter, registers the adapter's posters, starts the daily posts,
 * and closes it on the way out.
 */
public final class ChatRuntime implements AutoCloseable {
  /**
   * Events offered to a daily post's rotation for each day; a post shows {@link
   * DailyScheduler#EVENTS_PER_POST}.
   */
  static final int DAILY_CANDIDATES = 20;

  private final Database database;
  private final Cluster cluster;
  private final ChatService chat;
  private final ChatQuizzes quizzes;
  private final DailyScheduler scheduler;
  private final DailyRunner runner;

  private final ChatMetrics metrics;
  private final Clock clock;

  /**
   * @param cluster this process among others sharing the database, or null when it is the only one
   */
  private ChatRuntime(
      Database database,
      Cluster cluster,
      AnswerService answers,
      ChatMetrics metrics,
      Clock clock,
      String version,
      Random random) {
    this.database = database;
    this.cluster = cluster;
    this.clock = clock;
    this.metrics = metrics;
    SqlSubscriptionStore subscriptionStore = new SqlSubscriptionStore(database);
    DailySubscriptions subscriptions = new DailySubscriptions(subscriptionStore, clock);
    SqlQuizStore quizStore = new SqlQuizStore(database);
    QuizMaster master = new QuizMaster(answers, quizStore, clock, random);
    this.quizzes = new ChatQuizzes(master, new StudyCoach(master, quizStore, random), clock);
    this.chat =
        new ChatService(
            answers,
            new SqlSettingsStore(database),
            subscriptions,
            subscriptions,
            quizzes,
            clock,
            version,
            metrics);
    SendPacing pacing = new SendPacing(clock, SendPacing.PLATFORM_RATES);
    this.scheduler =
        new DailyScheduler(
            cluster == null ? subscriptionStore : cluster.dailyStore(),
            day -> chat.dayCard(day, DAILY_CANDIDATES),
            DailyQuizzes.of(quizzes),
            pacing,
            clock);
    this.runner = new DailyRunner(scheduler, List.of(quizzes::revealDue), clock);
    quizzes.onOpened(runner::wake);
    if (cluster != null) {
      // One bot's rate limits hold for all its processes together: each takes its share.
      cluster.onHeartbeat(live -> sharePacing(pacing, live));
      cluster.onMembershipChange(runner::wake);
    }
  }

  /**
   * The runtime of one of several processes sharing {@code database}: its scheduler makes only the
   * daily posts and quizzes {@code cluster} gives this process. It closes the database, and leaves
   * the cluster first.
   */
  static ChatRuntime shared(
      Database database,
      Cluster cluster,
      AnswerService answers,
      ChatMetrics metrics,
      Clock clock,
      String version) {
    return new ChatRuntime(database, cluster, answers, metrics, clock, version, new Random());
  }

  private static void sharePacing(SendPacing pacing, List<ProcessInfo> live) {
    SendPacing.PLATFORM_RATES.forEach(
        (platform, rate) -> {
          long posting = live.stream().filter(p -> p.platforms().contains(platform)).count();
          pacing.changeRate(platform, rate / Math.max(1, posting));
        });
  }

  /**
   * Opens (creating if need be) the database at {@code databaseFile}; a damaged or unwritable file
   * fails here with a {@link dev.hotline.store.StoreException} that names it.
   */
  public static ChatRuntime open(
      Path databaseFile, AnswerService answers, ChatMetrics metrics, Clock clock, String version) {
    return open(databaseFile, answers, metrics, clock, version, new Random());
  }

  /** As {@link #open}, with quizzes drawn by {@code random} (a seeded one in tests). */
  public static ChatRuntime open(
      Path databaseFile,
      AnswerService answers,
      ChatMetrics metrics,
      Clock clock,
      String version,
      Random random) {
    Database database = Database.openFile(databaseFile, clock);
    try {
      return new ChatRuntime(database, null, answers, metrics, clock, version, random);
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

  /**
   * Daily quizzes for {@code platform} go through {@code poster}, and the answers of its quizzes
   * are shown through {@code revealer} when their time is up.
   */
  public void registerQuizzes(Platform platform, QuizPoster poster, QuizRevealer revealer) {
    scheduler.registerQuizzes(
        platform,
        (place, card, key) -> {
          PostOutcome outcome = poster.post(place, card, key);
          metrics.post(platform, outcome instanceof PostOutcome.Sent);
          return outcome;
        });
    quizzes.register(platform, revealer);
  }

  /**
   * When to poll Telegram for the bot with {@code token}: always, for a process alone on its
   * database; in turns with the other processes sharing it otherwise.
   */
  PollingTurn telegramTurn(String token) {
    return cluster == null ? PollingTurn.ALWAYS : cluster.telegramTurn(token);
  }

  /**
   * The Telegram updates taken in webhook mode for the bot with {@code token}, kept in the database
   * so that an update delivered twice, to this process or another, is handled once.
   */
  UpdateLedger telegramUpdates(String token) {
    return new SqlUpdateLedger(database, TelegramPollerTurn.botId(token), clock)::take;
  }

  /**
   * How many processes share the database, as of the last heartbeat; empty when it is not shared.
   */
  OptionalInt liveProcesses() {
    return cluster == null ? OptionalInt.empty() : OptionalInt.of(cluster.liveCount());
  }

  /** Whether the database takes writes now, for the health endpoint. */
  public boolean databaseWritable() {
    return database.writable();
  }

  /**
   * Starts sending daily posts and quizzes (after marking any a crash left unconfirmed) and showing
   * quiz answers on time, and the heartbeat of a process sharing its database.
   */
  public void startDailyPosts() {
    if (cluster != null) {
      cluster.start();
    }
    runner.start();
  }

  /**
   * Stops the daily posts (a post being sent finishes first), leaves the processes sharing the
   * database, then closes it.
   */
  @Override
  public void close() {
    runner.close();
    if (cluster != null) {
      cluster.close();
    }
    database.close();
  }
}
