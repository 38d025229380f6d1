package dev.hotline.store;

import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store's contract on PostgreSQL, through a JDBC URL: the same migrations and queries as on
 * SQLite. Skipped, saying why, where no PostgreSQL can be started.
 */
class PostgresSubscriptionStoreTest extends SubscriptionStoreContract {
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
