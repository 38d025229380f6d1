package dev.hotline.store;

import dev.hotline.testing.TestCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The quiz store's contract on the embedded SQLite file. */
class SqliteQuizStoreTest extends QuizStoreContract {
  @TempDir Path dir;

  @Override
  Database open() {
    return Database.openFile(dir.resolve("hotline.db"), Durability.PROCESS_CRASH, TestCorpus.CLOCK);
  }
}
