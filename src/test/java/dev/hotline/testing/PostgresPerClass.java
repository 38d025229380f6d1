package dev.hotline.testing;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL server for one test class: started before its first test (or the class
 * skipped, saying why, where none can be started) and stopped after its last.
 */
public final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {
  private ThrowawayPostgres server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = ThrowawayPostgres.startOrSkip();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** A new, empty database on the server: its JDBC URL. */
  public String newDatabase() throws SQLException {
    return server.newDatabase();
  }
}
