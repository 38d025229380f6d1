package dev.hotline.store;

import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The quiz store's contract on PostgreSQL; skipped, saying why, where none can be started. */
class PostgresQuizStoreTest extends QuizStoreContract {
  private static ThrowawayPostgres server;
  private String url;

  @BeforeAll
  static void startServer() throws Exception {
    server = ThrowawayPostgres.startOrSkip();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newDatabase() throws Exception {
    url = server.newDatabase();
  }

  @Override
  Database open() {
    return Database.openUrl(url, ThrowawayPostgres.USER, "", TestCorpus.CLOCK);
  }
}
