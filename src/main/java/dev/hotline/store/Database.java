package dev.hotline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database holding Hotline's lasting state: an embedded SQLite file in WAL mode, or any server
 * reached by a JDBC URL (PostgreSQL is tested), with its schema brought up to date on opening.
 *
 * <p>Every read and write goes through {@link #inTransaction}, one at a time on one connection:
 * Hotline writes a few rows a second at most, and a single writer is what SQLite allows anyway.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /**
   * How long a write waits for another process holding the SQLite file (a backup, the sqlite3
   * shell).
   */
  private static final int BUSY_TIMEOUT_MS = 5_000;

  /** Opens the connection again after a server went away; SQLite files never need it. */
  @FunctionalInterface
  private interface Reconnect {
    Connection open() throws SQLException;
  }

  private final String name;
  private final Clock clock;
  private final Reconnect reconnect;
  private final ReentrantLock lock = new ReentrantLock();
  private Connection connection; // guarded by lock
  private boolean lost; // guarded by lock: the server dropped the connection

  private Database(Connection connection, String name, Clock clock, Reconnect reconnect) {
    this.connection = connection;
    this.name = name;
    this.clock = clock;
    this.reconnect = reconnect;
  }

  /**
   * Opens (or creates) the SQLite file {@code file} and migrates it. A file that is not a SQLite
   * database, is damaged, or cannot be written fails here with a message naming it; nothing is
   * reset or overwritten.
   */
  public static Database openFile(Path file, Clock clock) {
    return openFile(file, Durability.POWER_LOSS, clock);
  }

  /**
   * Opens (or creates) the SQLite file {@code file} with commits as durable as {@code durability}
   * says.
   */
  public static Database openFile(Path file, Durability durability, Clock clock) {
    Path path = file.toAbsolutePath().normalize();
    checkLocation(path);
    // Checked read-only first: a file Hotline refuses must be left exactly as it was.
    SqliteFileCheck.Owner owner =
        Files.exists(path) && SqliteFileCheck.hasContent(path)
            ? SqliteFileCheck.check(path, Migrations.bundled().get(0).name())
            : SqliteFileCheck.Owner.NOBODY;
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + path);
      prepareSqlite(connection, path, durability);
      if (owner != SqliteFileCheck.Owner.HOTLINE) {
        markAsHotlines(connection);
      }
      Database database = new Database(connection, path.toString(), clock, null);
      database.migrate();
      return database;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreException(SqliteFileCheck.cannotRead(path, e), e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /**
   * Opens the database at a JDBC URL (e.g. {@code jdbc:postgresql://localhost/hotline}) and
   * migrates it; the migrations are plain SQL that PostgreSQL and SQLite both run. A server that
   * cannot be reached, or refuses the user, fails here with one line naming the URL (never the
   * password); a connection lost later is opened again on the next transaction.
   */
  public static Database openUrl(String jdbcUrl, String user, String password, Clock clock) {
    String name = jdbcUrl.replaceAll("\\?.*$", "");
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    // PostgreSQL's driver: give up on an unreachable server in seconds, not minutes, and notice a
    // dead peer. Other drivers ignore properties they do not know.
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", "hotline");
    Reconnect reconnect =
        () -> {
          Connection opened = DriverManager.getConnection(jdbcUrl, properties);
          opened.setAutoCommit(false);
          return opened;
        };
    Connection connection = null;
    try {
      connection = reconnect.open();
      Database database = new Database(connection, name, clock, reconnect);
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        database.migrateAlone();
      } else {
        database.migrate();
      }
      return database;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreException(
          "Cannot reach the Hotline database "
              + name
              + ": "
              + firstLine(e.getMessage())
              + " (check database.url, "
              + "DATABASE_USER and DATABASE_PASSWORD, and that the server is running)",
          e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** The file path or URL (without its parameters) that messages name. */
  public String name() {
    return name;
  }

  /** Whether the database takes a write now: the health endpoint's check. Never throws. */
  public boolean writable() {
    try {
      return inTransaction(
          connection -> {
            String now = clock.instant().toString();
            try (var update =
                connection.prepareStatement(
                    "UPDATE health_check SET checked_at = ? WHERE id = 1")) {
              update.setString(1, now);
              if (update.executeUpdate() == 1) {
                return true;
              }
            }
            try (var insert =
                connection.prepareStatement(
                    "INSERT INTO health_check (id, checked_at) VALUES (1, ?)")) {
              insert.setString(1, now);
              return insert.executeUpdate() == 1;
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("Hotline database {} does not take writes: {}", name, e.getMessage());
      return false;
    }
  }

  /** The highest migration applied. */
  public int schemaVersion() {
    return inTransaction(Migrations::currentVersion);
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * Nested calls from the same thread join the outer transaction.
   */
  <T> T inTransaction(SqlWork<T> work) {
    lock.lock();
    boolean outermost = lock.getHoldCount() == 1;
    try {
      if (outermost && lost) {
        reopen();
      }
      T result = work.run(connection);
      if (outermost) {
        connection.commit();
      }
      return result;
    } catch (SQLException e) {
      if (connectionLost(e)) {
        lost = reconnect != null;
      } else {
        rollback(outermost);
      }
      throw new StoreException("Hotline database " + name + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback(outermost);
      throw e;
    } finally {
      lock.unlock();
    }
  }

  Clock clock() {
    return clock;
  }

  /** Whether this is a server several Hotline processes can share, rather than a local file. */
  public boolean shared() {
    return reconnect != null;
  }

  private void reopen() throws SQLException {
    closeQuietly(connection);
    connection = reconnect.open();
    lost = false;
    LOG.info("Hotline database {}: connected again", name);
  }

  /** SQL state class 08 (connection exception) and 57P01-57P03 (the server shut down). */
  private static boolean connectionLost(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P0"));
  }

  private static String firstLine(String message) {
    return message == null ? "no reason given" : message.lines().findFirst().orElse(message);
  }

  private void migrate() {
    new Migrations(Migrations.bundled(), clock).apply(this);
  }

  /**
   * Migrates while holding a PostgreSQL advisory lock, so that processes starting together on a new
   * database take turns: the first applies the migrations, the others find them applied. The lock
   * is the server's, released with the session if a process dies while migrating.
   */
  private void migrateAlone() throws SQLException {
    // Called while opening, before any other thread can see this database.
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + SqliteFileCheck.APPLICATION_ID + ")");
    }
    connection.commit();
    try {
      migrate();
    } finally {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_unlock(" + SqliteFileCheck.APPLICATION_ID + ")");
      }
      connection.commit();
    }
  }

  private void rollback(boolean outermost) {
    if (!outermost) {
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("Rolling back a transaction on {} failed", name, e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("Closing the Hotline database {} failed", name, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Fails early, with the path, where SQLite would fail later with "unable to open database file".
   */
  private static void checkLocation(Path path) {
    if (Files.isDirectory(path)) {
      throw new StoreException(
          "Cannot open the Hotline database " + path + ": it is a folder, not a database file.");
    }
    Path folder = path.getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException(
          "Cannot create the folder "
              + folder
              + " for the Hotline database "
              + path
              + ": "
              + describe(e)
              + ". Choose a writable location for the database.",
          e);
    }
    if (Files.exists(path) ? !Files.isWritable(path) : !Files.isWritable(folder)) {
      throw new StoreException(
          "Cannot write the Hotline database "
              + path
              + ": "
              + (Files.exists(path) ? "the file" : "its folder")
              + " is not writable by this user."
              + " Fix the permissions or choose another location.");
    }
  }

  private static void prepareSqlite(Connection connection, Path path, Durability durability)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // WAL lets readers go on while the scheduler writes, and survives a killed process intact.
      String mode = single(statement, "PRAGMA journal_mode=WAL");
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(
            "Cannot open the Hotline database "
                + path
                + " in WAL mode (SQLite kept journal mode '"
                + mode
                + "'); is it on a network file system?");
      }
      statement.execute("PRAGMA synchronous=" + durability.synchronousPragma);
      statement.execute("PRAGMA foreign_keys=ON");
      statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
    }
    connection.setAutoCommit(false);
  }

  /** Marks the file as Hotline's, so that another Hotline knows it and other programs can tell. */
  private static void markAsHotlines(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA application_id=" + SqliteFileCheck.APPLICATION_ID);
    }
    connection.commit();
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : "";
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    return String.valueOf(e.getMessage());
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Already failing with a better message.
    }
  }
}
