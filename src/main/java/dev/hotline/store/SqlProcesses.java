package dev.hotline.store;

import static dev.hotline.store.Sql.bind;
import static dev.hotline.store.Sql.update;

import dev.hotline.chat.Platform;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes sharing the database, each with a lease it renews while it runs: a process whose
 * lease has run out is taken for dead, and its work passes to the others.
 */
public final class SqlProcesses {
  private final Database database;

  public SqlProcesses(Database database) {
    this.database = database;
  }

  /** Enters (or re-enters) {@code self}, alive until {@code now + lease}. */
  public void join(ProcessInfo self, Instant now, Duration lease) {
    database.inTransaction(
        c ->
            update(
                c,
                "INSERT INTO processes (id, platforms, shard_total, shard_from, shard_to,"
                    + " started_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO"
                    + " UPDATE SET platforms = excluded.platforms, shard_total ="
                    + " excluded.shard_total, shard_from = excluded.shard_from, shard_to ="
                    + " excluded.shard_to, expires_at = excluded.expires_at",
                self.id(),
                platforms(self.platforms()),
                self.shards().total(),
                self.shards().from(),
                self.shards().to(),
                now.toEpochMilli(),
                now.plus(lease).toEpochMilli()));
  }

  /**
   * Extends {@code id}'s lease to {@code now + lease}; false when its row is gone (another process
   * cleared it as long dead), so the caller joins again.
   */
  public boolean renew(String id, Instant now, Duration lease) {
    return database.inTransaction(
            c ->
                update(
                    c,
                    "UPDATE processes SET expires_at = ? WHERE id = ?",
                    now.plus(lease).toEpochMilli(),
                    id))
        == 1;
  }

  /** The processes whose lease runs past {@code now}, by id. */
  public List<ProcessInfo> live(Instant now) {
    return database.inTransaction(
        c -> {
          List<ProcessInfo> live = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT id, platforms, shard_total, shard_from, shard_to FROM processes"
                      + " WHERE expires_at > ? ORDER BY id")) {
            bind(select, now.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                live.add(
                    new ProcessInfo(
                        rows.getString(1),
                        platforms(rows.getString(2)),
                        new ShardRange(rows.getInt(3), rows.getInt(4), rows.getInt(5))));
              }
            }
          }
          return live;
        });
  }

  /** Leaves on a clean stop, so that the others take over at once rather than after the lease. */
  public void leave(String id) {
    database.inTransaction(c -> update(c, "DELETE FROM processes WHERE id = ?", id));
  }

  /** Removes rows of processes dead since before {@code before}; returns how many. */
  public int forgetDead(Instant before) {
    return database.inTransaction(
        c -> update(c, "DELETE FROM processes WHERE expires_at < ?", before.toEpochMilli()));
  }

  private static String platforms(Set<Platform> platforms) {
    return platforms.stream().map(Platform::name).sorted().collect(Collectors.joining(","));
  }

  private static Set<Platform> platforms(String names) {
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    Arrays.stream(names.split(","))
        .filter(name -> !name.isBlank())
        .forEach(name -> platforms.add(Platform.valueOf(name)));
    return platforms;
  }
}
