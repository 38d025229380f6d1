package dev.hotline.testing;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.ChatService;
import dev.hotline.daily.DailyQuizzes;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.daily.DailySubscriptions;
import dev.hotline.daily.SendPacing;
import dev.hotline.quiz.QuizMaster;
import dev.hotline.quiz.StudyCoach;
import dev.hotline.store.Database;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.store.SqlSettingsStore;
import dev.hotline.store.SqlSubscriptionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;

/**
 * The chat layer, quizzes and the daily scheduler wired as {@code ChatRuntime} wires them, over a
 * database in a test folder and a clock the test moves, so platform tests can call {@link
 * DailyScheduler#tick()} and {@link ChatQuizzes#revealDue()} themselves. Quizzes are drawn with a
 * seeded {@link Random}. Building it again on the same folder is a restart.
 */
public record DailyWiring(
    Database database,
    SqlSubscriptionStore store,
    ChatService chat,
    DailyScheduler scheduler,
    ChatQuizzes quizzes)
    implements AutoCloseable {

  /** Events offered to each daily post, as in production. */
  private static final int DAILY_CANDIDATES = 20;

  public static DailyWiring build(AnswerService answers, Path dataFolder, Clock clock) {
    Database database = Database.openFile(dataFolder.resolve("hotline.db"), clock);
    SqlSubscriptionStore store = new SqlSubscriptionStore(database);
    DailySubscriptions subscriptions = new DailySubscriptions(store, clock);
    SqlQuizStore quizStore = new SqlQuizStore(database);
    QuizMaster master = new QuizMaster(answers, quizStore, clock, new Random(1961));
    ChatQuizzes quizzes =
        new ChatQuizzes(master, new StudyCoach(master, quizStore, new Random(1989)), clock);
    ChatService chat =
        new ChatService(
            answers,
            new SqlSettingsStore(database),
            subscriptions,
            subscriptions,
            quizzes,
            clock,
            "test",
            ChatMetrics.NONE);
    DailyScheduler scheduler =
        new DailyScheduler(
            store,
            day -> chat.dayCard(day, DAILY_CANDIDATES),
            DailyQuizzes.of(quizzes),
            new SendPacing(clock, SendPacing.PLATFORM_RATES),
            clock);
    return new DailyWiring(database, store, chat, scheduler, quizzes);
  }

  @Override
  public void close() {
    database.close();
  }
}
