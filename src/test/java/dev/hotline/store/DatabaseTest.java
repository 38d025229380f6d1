package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening, migrating and refusing: a database is created once, reopened unchanged, and never reset.
 */
class DatabaseTest {
  @TempDir Path dir;

  @Test
  void migrationsRunOnceAndReopeningAppliesNothing() {
    Path file = dir.resolve("data/hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      assertThat(database.schemaVersion()).isEqualTo(Migrations.bundled().size());
      assertThat(database.name()).isEqualTo(file.toAbsolutePath().toString());
    }
    try (Database reopened = Database.openFile(file, TestCorpus.CLOCK)) {
      assertThat(reopened.schemaVersion()).isEqualTo(Migrations.bundled().size());
      assertThat(
              (int)
                  reopened.inTransaction(
                      c -> count(c.createStatement(), "SELECT COUNT(*) FROM schema_version")))
          .isEqualTo(Migrations.bundled().size());
    }
  }

  @Test
  void theFileIsInWalMode() {
    try (Database database = Database.openFile(dir.resolve("hotline.db"), TestCorpus.CLOCK)) {
      String mode =
          database.inTransaction(
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
                  rows.next();
                  return rows.getString(1);
                }
              });
      assertThat(mode).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void aFileOfGarbageIsRefusedByNameAndLeftAsItIs() throws IOException {
    Path file = dir.resolve("hotline.db");
    byte[] garbage = new byte[8192];
    new Random(7).nextBytes(garbage);
    Files.write(file, garbage);

    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("not a SQLite database")
        .hasMessageContaining("restore it from a backup");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void aDamagedDatabaseIsRefusedByName() throws IOException {
    Path file = dir.resolve("hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      new SqlSettingsStore(database).save("discord:1", dev.hotline.chat.ServerSettings.defaults());
    }
    // Keep SQLite's header (so it is still "a database") and scribble over the pages after it.
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 100; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageMatching("(?s).*(damaged|not a SQLite database).*")
        .message()
        .doesNotContain("\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    assertThat(Files.exists(dir.resolve("hotline.db-wal"))).isFalse();
  }

  @Test
  void anotherProgramsDatabaseIsRefusedByNameAndLeftAsItIs() throws Exception {
    Path file = Files.createDirectories(dir.resolve("other data #1")).resolve("hotline.db");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
      statement.execute("INSERT INTO recipes (name) VALUES ('borscht')");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("is not a Hotline database")
        .hasMessageContaining("recipes")
        .hasMessageContaining("HOTLINE_DATA_DIR");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(file.getParent().toFile().list()).containsExactly("hotline.db");
    assertThat(tablesIn(file)).containsExactly("recipes");
  }

  @Test
  void aFileMarkedByAnotherProgramIsRefusedEvenWithoutTables() throws Exception {
    Path file = dir.resolve("hotline.db");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA application_id=1234");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("application_id 0x000004D2");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void hotlineMarksItsDatabaseAndAdoptsOneWrittenBeforeItDid() throws Exception {
    Path file = dir.resolve("hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      new SqlSettingsStore(database).save("discord:1", dev.hotline.chat.ServerSettings.defaults());
    }
    assertThat(applicationId(file)).isEqualTo(SqliteFileCheck.APPLICATION_ID);

    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA application_id=0");
    }
    try (Database reopened = Database.openFile(file, TestCorpus.CLOCK)) {
      assertThat(new SqlSettingsStore(reopened).find("discord:1")).isPresent();
    }
    assertThat(applicationId(file)).isEqualTo(SqliteFileCheck.APPLICATION_ID);
  }

  @Test
  void anEmptyFileBecomesAHotlineDatabase() throws Exception {
    Path file = Files.createFile(dir.resolve("hotline.db"));
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      assertThat(database.schemaVersion()).isEqualTo(Migrations.bundled().size());
    }
    assertThat(applicationId(file)).isEqualTo(SqliteFileCheck.APPLICATION_ID);
  }

  @Test
  void anUnwritableLocationIsRefusedByName() throws IOException {
    Path blocker = Files.writeString(dir.resolve("data"), "a file where the folder should be");
    Path file = blocker.resolve("hotline.db");

    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void aFolderInPlaceOfTheFileIsRefused() throws IOException {
    Path file = Files.createDirectories(dir.resolve("hotline.db"));
    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("is a folder");
  }

  @Test
  void aDatabaseFromANewerHotlineIsRefusedNotDowngraded() {
    Path file = dir.resolve("hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      database.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO schema_version (version, name, applied_at) VALUES (99,"
                          + " 'from-the-future', 0)"));
    }
    assertThatThrownBy(() -> Database.openFile(file, TestCorpus.CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining(file.toAbsolutePath().toString());
  }

  @Test
  void aFailedMigrationLeavesTheDatabaseAtTheVersionBefore() {
    Path file = dir.resolve("hotline.db");
    try (Database database = Database.openFile(file, TestCorpus.CLOCK)) {
      int before = database.schemaVersion();
      var broken =
          new Migrations.Migration(
              before + 1, "broken", "CREATE TABLE half_done (id INTEGER);\nNOT SQL AT ALL;");
      var all = new java.util.ArrayList<>(Migrations.bundled());
      all.add(broken);
      assertThatThrownBy(() -> new Migrations(all, TestCorpus.CLOCK).apply(database))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("Migration " + (before + 1) + " (broken) failed")
          .hasMessageContaining("stays at version " + before);
      assertThat(database.schemaVersion()).isEqualTo(before);
      // The first statement of the failed migration was rolled back with it.
      assertThat(
              (int)
                  database.inTransaction(
                      c ->
                          count(
                              c.createStatement(),
                              "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'")))
          .isZero();
    }
  }

  @Test
  void migrationFilesSplitIntoStatements() {
    assertThat(
            Migrations.statements(
                "-- a comment; with a semicolon\n"
                    + "CREATE TABLE a (x INTEGER);\n\n"
                    + "CREATE INDEX b ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE INDEX b ON a (x)");
  }

  private static int applicationId(Path file) throws java.sql.SQLException {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA application_id")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static java.util.List<String> tablesIn(Path file) throws java.sql.SQLException {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master")) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  private static int count(Statement statement, String sql) throws java.sql.SQLException {
    try (statement;
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
