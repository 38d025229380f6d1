package dev.hotline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date: the numbered SQL files listed in {@code
 * migrations/order.txt} are applied in order, each in its own transaction together with its row in
 * {@code schema_version}, so a migration is either wholly applied and recorded or not at all.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  static final String FOLDER = "/dev/hotline/store/migrations/";
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{3})-([a-z0-9-]+)\\.sql");

  /** One numbered schema change. */
  record Migration(int version, String name, String sql) {}

  private final List<Migration> migrations;
  private final Clock clock;

  Migrations(List<Migration> migrations, Clock clock) {
    this.migrations = List.copyOf(migrations);
    this.clock = clock;
  }

  /** The migrations shipped in the jar, checked to be numbered 1, 2, 3… in order. */
  static List<Migration> bundled() {
    List<Migration> result = new ArrayList<>();
    for (String line : resource("order.txt").split("\n")) {
      String file = line.strip();
      if (file.isEmpty() || file.startsWith("#")) {
        continue;
      }
      Matcher matcher = FILE_NAME.matcher(file);
      if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != result.size() + 1) {
        throw new IllegalStateException(
            "Migration "
                + file
                + " is out of order or misnamed: expected "
                + String.format("%03d", result.size() + 1)
                + "-name.sql");
      }
      result.add(new Migration(result.size() + 1, matcher.group(2), resource(file)));
    }
    return result;
  }

  /** Applies every migration the database lacks; refuses a database newer than this Hotline. */
  void apply(Database database) {
    database.inTransaction(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
          }
          return null;
        });
    int current = database.inTransaction(Migrations::currentVersion);
    if (current > migrations.size()) {
      throw new StoreException(
          "The Hotline database "
              + database.name()
              + " has schema version "
              + current
              + " but this Hotline knows versions up to "
              + migrations.size()
              + ". It was written by a newer Hotline: run that version, or restore a backup made"
              + " for this one.");
    }
    for (Migration migration : migrations.subList(current, migrations.size())) {
      try {
        database.inTransaction(
            connection -> {
              applyOne(connection, migration);
              return null;
            });
      } catch (StoreException e) {
        throw new StoreException(
            "Migration "
                + migration.version()
                + " ("
                + migration.name()
                + ") failed on "
                + database.name()
                + "; the database stays at version "
                + (migration.version() - 1)
                + ". "
                + e.getMessage(),
            e);
      }
      LOG.info(
          "Hotline database {}: applied migration {} ({})",
          database.name(),
          migration.version(),
          migration.name());
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private void applyOne(Connection connection, Migration migration) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(migration.sql())) {
        statement.execute(sql);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, migration.version());
      insert.setString(2, migration.name());
      insert.setLong(3, clock.millis());
      insert.executeUpdate();
    }
  }

  /**
   * The statements of a migration file: {@code --} comment lines dropped, split at semicolons that
   * end a line (migrations hold no semicolons inside strings, so this needs no SQL parser).
   */
  static List<String> statements(String sql) {
    StringBuilder kept = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        kept.append(line).append('\n');
      }
    }
    List<String> result = new ArrayList<>();
    for (String statement : kept.toString().split(";\\s*\n")) {
      String trimmed = statement.strip();
      if (trimmed.endsWith(";")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
      }
      if (!trimmed.isEmpty()) {
        result.add(trimmed);
      }
    }
    return result;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Migration resource " + FOLDER + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
