package dev.hotline.store;

import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store's contract on PostgreSQL, through a JDBC URL: the same migrations and queries as on
 * SQLite. Skipped, saying why, where no PostgreSQL can be started.
 */
class PostgresSubscriptionStoreTest extends SubscriptionStoreContract {
  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();
  private String url;

  @BeforeEach
  void newDatabase() throws Exception {
    url = server.newDatabase();
  }

  @Override
  Database open() {
    return Database.openUrl(url, ThrowawayPostgres.USER, "", TestCorpus.CLOCK);
  }
}
