package dev.hotline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Plain JDBC the stores share: binding parameters, running updates, reading rows or one number,
 * trying a new row's insert again.
 */
final class Sql {
  private Sql() {}

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      switch (value) {
        case null -> statement.setNull(i + 1, Types.VARCHAR);
        case String text -> statement.setString(i + 1, text);
        case Long number -> statement.setLong(i + 1, number);
        case Integer number -> statement.setInt(i + 1, number);
        case Boolean flag -> statement.setBoolean(i + 1, flag);
        default -> throw new IllegalArgumentException("no SQL binding for " + value.getClass());
      }
    }
  }

  /** Reads one row of a query's result. */
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** The first row of a query, read by {@code row}, if it has one. */
  static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    return select(c, sql, row, parameters).stream().findFirst();
  }

  /** Every row of a query, read by {@code row}. */
  static <T> List<T> select(Connection c, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    List<T> found = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, parameters);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(row.read(rows));
        }
      }
    }
    return found;
  }

  /** The first column of the first row as a long, if there is a row and it is not NULL. */
  static Optional<Long> number(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, parameters);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long value = row.getLong(1);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
      }
    }
  }

  /** Text cut to a column's 1000 characters. */
  static String truncate(String text) {
    return truncate(text, 1000);
  }

  static String truncate(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }

  /**
   * Runs {@code work}, one whole transaction that inserts a row with a new {@code MAX(id) + 1} id,
   * again when a unique key refused it. Ids from the table itself are portable but only safe with
   * one writer: two processes sharing a PostgreSQL database may pick the same id at once, and the
   * primary key refuses the second, which tries again a few random milliseconds later (so as not to
   * meet the other again), up to ten times, and sees the first's row.
   */
  static <T> T retryOnDuplicate(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (StoreException e) {
        if (attempt == 10 || !(e.getCause() instanceof SQLException cause) || !duplicate(cause)) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextInt(1, 10 * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** SQL state 23505, unique violation (PostgreSQL); SQLite's constraint error. */
  static boolean duplicate(SQLException e) {
    return "23505".equals(e.getSQLState())
        || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
  }
}
