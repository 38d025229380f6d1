package dev.hotline.store;

import static dev.hotline.store.Sql.bind;
import static dev.hotline.store.Sql.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Named turns that one process holds at a time, such as polling Telegram for one bot. A holder
 * renews its turn before it runs out; once it has run out, any process may take it. Each turn
 * carries a mark, how far its holders have got, which only the current holder can move forward.
 */
public final class SqlLeases {
  private final Database database;

  public SqlLeases(Database database) {
    this.database = database;
  }

  /**
   * Takes turn {@code name} for {@code holder} until {@code now + length}, if it is free, has run
   * out, or is {@code holder}'s already (then it is renewed). Returns the turn's mark when {@code
   * holder} holds it, empty when another does.
   */
  public OptionalLong take(String name, String holder, Instant now, Duration length) {
    long until = now.plus(length).toEpochMilli();
    return database.inTransaction(
        c -> {
          int taken =
              update(
                  c,
                  "INSERT INTO leases (name, holder, expires_at, mark) VALUES (?, ?, ?, 0)"
                      + " ON CONFLICT (name) DO NOTHING",
                  name,
                  holder,
                  until);
          if (taken == 0) {
            // One statement: of two processes taking a turn that ran out, the second sees the
            // first's row and takes nothing.
            taken =
                update(
                    c,
                    "UPDATE leases SET holder = ?, expires_at = ? WHERE name = ?"
                        + " AND (holder = ? OR expires_at <= ?)",
                    holder,
                    until,
                    name,
                    holder,
                    now.toEpochMilli());
          }
          return taken == 1 ? OptionalLong.of(mark(c, name)) : OptionalLong.empty();
        });
  }

  /**
   * Moves turn {@code name}'s mark to {@code mark} if {@code holder} still holds it at {@code now}
   * and the mark is further than before; false when the turn has passed to another process (or run
   * out), so that whatever the mark stands for is left to the new holder.
   */
  public boolean advance(String name, String holder, long mark, Instant now) {
    return database.inTransaction(
            c ->
                update(
                    c,
                    "UPDATE leases SET mark = ? WHERE name = ? AND holder = ? AND expires_at > ?"
                        + " AND mark < ?",
                    mark,
                    name,
                    holder,
                    now.toEpochMilli(),
                    mark))
        == 1;
  }

  /** Gives the turn up at once, if {@code holder} holds it, so that another need not wait. */
  public void release(String name, String holder) {
    database.inTransaction(
        c ->
            update(
                c, "UPDATE leases SET expires_at = 0 WHERE name = ? AND holder = ?", name, holder));
  }

  /** Who holds turn {@code name} at {@code now}, if anyone. */
  public Optional<String> holder(String name, Instant now) {
    return database.inTransaction(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT holder FROM leases WHERE name = ? AND expires_at > ?")) {
            bind(select, name, now.toEpochMilli());
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
          }
        });
  }

  private static long mark(Connection c, String name) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT mark FROM leases WHERE name = ?")) {
      bind(select, name);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
