package dev.hotline.store;

import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The shared-database rules on one SQLite file opened by several connections. */
class SqliteSharedDatabaseTest extends SharedDatabaseContract {
  @TempDir Path dir;

  @Override
  Database open(MutableClock clock) {
    return Database.openFile(dir.resolve("hotline.db"), Durability.PROCESS_CRASH, clock);
  }
}
