package dev.hotline.testing;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.ChatService;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.daily.DailySubscriptions;
import dev.hotline.daily.SendPacing;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSettingsStore;
import dev.hotline.store.SqlSubscriptionStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The chat layer and daily-post scheduler wired as {@code ChatRuntime} wires them, over a database
 * in a test folder and a clock the test moves, so platform tests can call {@link
 * DailyScheduler#tick()} themselves.
 */
public record DailyWiring(
    Database database, SqlSubscriptionStore store, ChatService chat, DailyScheduler scheduler)
    implements AutoCloseable {

  /** Events offered to each daily post, as in production. */
  private static final int DAILY_CANDIDATES = 20;

  public static DailyWiring build(AnswerService answers, Path dataFolder, Clock clock) {
    Database database = Database.openFile(dataFolder.resolve("hotline.db"), clock);
    SqlSubscriptionStore store = new SqlSubscriptionStore(database);
    DailySubscriptions subscriptions = new DailySubscriptions(store, clock);
    ChatService chat =
        new ChatService(
            answers,
            new SqlSettingsStore(database),
            subscriptions,
            subscriptions,
            clock,
            "test",
            ChatMetrics.NONE);
    DailyScheduler scheduler =
        new DailyScheduler(
            store,
            day -> chat.dayCard(day, DAILY_CANDIDATES),
            new SendPacing(clock, SendPacing.PLATFORM_RATES),
            clock);
    return new DailyWiring(database, store, chat, scheduler);
  }

  @Override
  public void close() {
    database.close();
  }
}
