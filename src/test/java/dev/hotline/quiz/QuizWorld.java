package dev.hotline.quiz;

import dev.hotline.store.Database;
import dev.hotline.store.Durability;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Quizzes as Hotline keeps them, over the bundled index and a database file, on a clock the test
 * moves; "restart" closes the database and opens it again.
 */
final class QuizWorld implements AutoCloseable {
  final MutableClock clock;
  private final Path file;
  private Database database;
  QuizStore store;
  QuizMaster master;
  StudyCoach coach;

  QuizWorld(Path dir, Instant start) {
    this.file = dir.resolve("hotline.db");
    this.clock = new MutableClock(start);
    open();
  }

  private void open() {
    database = Database.openFile(file, Durability.PROCESS_CRASH, clock);
    store = new SqlQuizStore(database);
    master = new QuizMaster(BundledIndex.bundled(), store, clock, new Random(42));
    coach = new StudyCoach(master, store, new Random(43));
  }

  void restart() {
    database.close();
    open();
  }

  @Override
  public void close() {
    database.close();
  }
}
