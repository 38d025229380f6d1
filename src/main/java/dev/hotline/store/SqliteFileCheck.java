package dev.hotline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing SQLite file before Hotline writes a byte to it: is it a database at all, is
 * it intact, and is it Hotline's. It reads through a read-only connection, so a file that is
 * refused is left exactly as it was.
 */
final class SqliteFileCheck {
  /**
   * SQLite's {@code application_id} that marks a Hotline database: "HOTL" in ASCII, as the {@code
   * file} command and {@code PRAGMA application_id} show it.
   */
  static final int APPLICATION_ID = 0x484F544C;

  static final String LEFT_AS_IT_IS =
      " Hotline has left it as it is: restore it from a backup, or move it"
          + " aside to start again with no settings or subscriptions.";

  private static final String NOT_OURS =
      " Hotline has left it as it is: point data_dir (HOTLINE_DATA_DIR) at a folder of"
          + " Hotline's own, or move the file aside.";

  /** What an existing file turned out to be. */
  enum Owner {
    /** A database without tables: Hotline may create its own in it. */
    NOBODY,
    /** Marked as Hotline's. */
    HOTLINE,
    /** Hotline's tables, written before Hotline marked its files: Hotline adopts it. */
    HOTLINE_UNMARKED
  }

  private SqliteFileCheck() {}

  /**
   * Checks {@code path}, which exists; throws a {@link StoreException} naming it when Hotline must
   * not use it.
   */
  static Owner check(Path path, String firstMigrationName) {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection connection = readOnly.createConnection(readOnlyUrl(path));
        Statement statement = connection.createStatement()) {
      String check = single(statement, "PRAGMA quick_check");
      if (!"ok".equalsIgnoreCase(check)) {
        throw new StoreException(
            "The Hotline database "
                + path
                + " is damaged (SQLite's check says: "
                + firstLine(check)
                + ")."
                + LEFT_AS_IT_IS);
      }
      int applicationId = Integer.parseInt(single(statement, "PRAGMA application_id"));
      if (applicationId == APPLICATION_ID) {
        return Owner.HOTLINE;
      }
      if (applicationId != 0) {
        throw new StoreException(
            path
                + " is not a Hotline database: another program marked it as its own (SQLite"
                + " application_id "
                + String.format(Locale.ROOT, "0x%08X", applicationId)
                + ")."
                + NOT_OURS);
      }
      List<String> tables = tables(statement);
      if (tables.isEmpty()) {
        return Owner.NOBODY;
      }
      if (tables.contains("schema_version")
          && firstMigrationName.equals(firstMigration(statement))) {
        return Owner.HOTLINE_UNMARKED;
      }
      throw new StoreException(
          path
              + " is not a Hotline database: it holds another program's tables ("
              + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
              + (tables.size() > 5 ? ", …" : "")
              + ")."
              + NOT_OURS);
    } catch (SQLException e) {
      throw new StoreException(cannotRead(path, e), e);
    }
  }

  /** The message for a file SQLite cannot read, by what SQLite says is wrong with it. */
  static String cannotRead(Path path, SQLException e) {
    String message = firstLine(String.valueOf(e.getMessage()));
    if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
      return "Cannot open the Hotline database "
          + path
          + ": the file is not a SQLite database (or it is damaged)."
          + LEFT_AS_IT_IS;
    }
    if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
      return "The Hotline database " + path + " is damaged (" + message + ")." + LEFT_AS_IT_IS;
    }
    if (message.contains("READONLY")
        || message.contains("CANTOPEN")
        || message.contains("unable to open")) {
      return "Cannot write the Hotline database "
          + path
          + " ("
          + message
          + "). Check that the file and its folder"
          + " are writable, or choose another location.";
    }
    return "Cannot open the Hotline database " + path + ": " + message;
  }

  /**
   * A read-only connection to a WAL-mode file still creates its {@code -wal} and {@code -shm} files
   * and cannot remove them; opened as immutable SQLite creates nothing. Only a log left with
   * commits in it (by a process that was killed) needs the ordinary read-only connection to see
   * them, and then those files exist already.
   */
  private static String readOnlyUrl(Path path) {
    Path log = path.resolveSibling(path.getFileName() + "-wal");
    boolean logWithCommits;
    try {
      logWithCommits = Files.exists(log) && Files.size(log) > 0;
    } catch (java.io.IOException e) {
      logWithCommits = true;
    }
    return logWithCommits
        ? "jdbc:sqlite:" + path
        : "jdbc:sqlite:" + path.toUri().toASCIIString() + "?immutable=1";
  }

  /** Whether {@code path} holds anything: SQLite treats an empty file as a new database. */
  static boolean hasContent(Path path) {
    try {
      return Files.size(path) > 0;
    } catch (java.io.IOException e) {
      return true; // let the check report what is wrong with it
    }
  }

  private static List<String> tables(Statement statement) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static String firstMigration(Statement statement) {
    try (ResultSet rows =
        statement.executeQuery("SELECT name FROM schema_version WHERE version = 1")) {
      return rows.next() ? rows.getString(1) : "";
    } catch (SQLException e) {
      return ""; // a schema_version table of another shape is not Hotline's
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : "";
    }
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse(text).strip();
  }
}
