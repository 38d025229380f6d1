package dev.hotline.store;

import static dev.hotline.store.Sql.bind;
import static dev.hotline.store.Sql.truncate;
import static dev.hotline.store.Sql.update;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.Platform;
import dev.hotline.daily.Delivery;
import dev.hotline.daily.DeliveryState;
import dev.hotline.daily.Subscription;
import dev.hotline.daily.SubscriptionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Daily subscriptions, their delivery log and the passages each was sent, in the database. Each
 * method is one transaction; {@link #claim} is the one that makes a local day's post happen at most
 * once.
 */
public final class SqlSubscriptionStore implements SubscriptionStore {
  private static final String COLUMNS =
      "id, platform, server_id, channel_id, post_time, zone, active,"
          + " disabled_reason, effective_from, revision, last_posted_at, feature";

  private final Database database;
  private final String claimant;

  public SqlSubscriptionStore(Database database) {
    this(database, null);
  }

  /**
   * @param claimant the process that claims posts through this store, recorded with each claim so
   *     that a claim left by a process that died can be found (null when one process owns the
   *     database)
   */
  public SqlSubscriptionStore(Database database, String claimant) {
    this.database = database;
    this.claimant = claimant;
  }

  @Override
  public Optional<Subscription> find(DailyFeature feature, ChatPlace place) {
    return database.inTransaction(c -> find(c, Subscription.key(feature, place)));
  }

  @Override
  public Subscription subscribe(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone, Instant now) {
    // Two processes sharing the database may pick the same new id, or subscribe the same place, at
    // once: the primary or unique key refuses the second, which tries again, a moment later so as
    // not to meet the other again, and sees the first's.
    return Sql.retryOnDuplicate(() -> subscribeOnce(feature, place, time, zone, now));
  }

  private Subscription subscribeOnce(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone, Instant now) {
    String key = Subscription.key(feature, place);
    return database.inTransaction(
        c -> {
          Optional<Subscription> existing = find(c, key);
          if (existing.isPresent()) {
            update(
                c,
                "UPDATE subscriptions SET post_time = ?, zone = ?, active = ?, disabled_reason ="
                    + " NULL, effective_from = ?, revision = revision + 1, updated_at = ? WHERE id"
                    + " = ?",
                time.toString(),
                zone.getId(),
                true,
                now.toEpochMilli(),
                now.toEpochMilli(),
                existing.get().id());
          } else {
            // Ids come from the table itself, not a sequence, to stay portable; rows are never
            // deleted, so none is reused.
            long id = nextId(c);
            update(
                c,
                "INSERT INTO subscriptions (id, place_key, platform, server_id, channel_id,"
                    + " post_time, zone, active, disabled_reason, effective_from, revision,"
                    + " updated_at, last_posted_at, feature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL,"
                    + " ?, 1, ?, NULL, ?)",
                id,
                key,
                place.platform().name(),
                place.serverId(),
                place.channelId(),
                time.toString(),
                zone.getId(),
                true,
                now.toEpochMilli(),
                now.toEpochMilli(),
                feature.name());
          }
          return find(c, key).orElseThrow();
        });
  }

  @Override
  public Optional<Subscription> unsubscribe(DailyFeature feature, ChatPlace place, Instant now) {
    String key = Subscription.key(feature, place);
    return database.inTransaction(
        c -> {
          update(
              c,
              "UPDATE subscriptions SET active = ?, disabled_reason = NULL, revision = revision +"
                  + " 1, updated_at = ? WHERE place_key = ?",
              false,
              now.toEpochMilli(),
              key);
          return find(c, key);
        });
  }

  @Override
  public int disable(ChatPlace place, String reason, Instant now) {
    return database.inTransaction(
        c -> {
          int disabled = 0;
          for (Subscription subscription : at(c, place)) {
            if (subscription.active()) {
              disabled += disable(c, subscription.id(), reason, now);
            }
          }
          return disabled;
        });
  }

  @Override
  public int move(ChatPlace from, ChatPlace to, Instant now) {
    return database.inTransaction(
        c -> {
          int moved = 0;
          for (Subscription subscription : at(c, from)) {
            ChatPlace target =
                from.channelId() == null
                    ? new ChatPlace(to.platform(), to.serverId(), subscription.place().channelId())
                    : to;
            String targetKey = Subscription.key(subscription.feature(), target);
            if (find(c, targetKey).isPresent()) {
              // The new place already has daily posts of its own: keep those, and stop these so it
              // gets one a day.
              disable(
                  c,
                  subscription.id(),
                  "this chat moved to " + targetKey + ", which has daily posts of its own",
                  now);
              continue;
            }
            moved +=
                update(
                    c,
                    "UPDATE subscriptions SET place_key = ?, platform = ?, server_id = ?,"
                        + " channel_id = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
                    targetKey,
                    target.platform().name(),
                    target.serverId(),
                    target.channelId(),
                    now.toEpochMilli(),
                    subscription.id());
          }
          return moved;
        });
  }

  @Override
  public List<Subscription> active() {
    return database.inTransaction(
        c ->
            list(
                c, "SELECT " + COLUMNS + " FROM subscriptions WHERE active = ? ORDER BY id", true));
  }

  @Override
  public List<Delivery> deliveriesSince(LocalDate from) {
    return database.inTransaction(
        c ->
            Sql.select(
                c,
                "SELECT subscription_id, local_date, state, attempts, retry_at"
                    + " FROM deliveries WHERE local_date >= ?",
                SqlSubscriptionStore::delivery,
                from.toString()));
  }

  @Override
  public Optional<Delivery> delivery(long subscriptionId, LocalDate day) {
    return database.inTransaction(c -> delivery(c, subscriptionId, day));
  }

  @Override
  public OptionalInt claim(
      Subscription subscription, LocalDate day, String idempotencyKey, Instant now) {
    return database.inTransaction(
        c -> {
          if (!stillAsPlanned(c, subscription)) {
            return OptionalInt.empty();
          }
          int inserted =
              update(
                  c,
                  "INSERT INTO deliveries (subscription_id, local_date, idempotency_key, state,"
                      + " attempts, claimed_at, claimed_by) VALUES (?, ?, ?, ?, 1, ?, ?) ON"
                      + " CONFLICT (subscription_id, local_date) DO NOTHING",
                  subscription.id(),
                  day.toString(),
                  idempotencyKey,
                  DeliveryState.CLAIMED.name(),
                  now.toEpochMilli(),
                  claimant);
          if (inserted == 1) {
            return OptionalInt.of(1);
          }
          int retaken =
              update(
                  c,
                  "UPDATE deliveries SET state = ?, attempts = attempts + 1, claimed_at = ?,"
                      + " claimed_by = ?, retry_at = NULL WHERE subscription_id = ? AND"
                      + " local_date = ? AND state = ? AND retry_at <= ?",
                  DeliveryState.CLAIMED.name(),
                  now.toEpochMilli(),
                  claimant,
                  subscription.id(),
                  day.toString(),
                  DeliveryState.RETRY.name(),
                  now.toEpochMilli());
          if (retaken == 0) {
            return OptionalInt.empty();
          }
          return OptionalInt.of(delivery(c, subscription.id(), day).orElseThrow().attempts());
        });
  }

  @Override
  public void sent(long subscriptionId, LocalDate day, List<String> passageIds, Instant now) {
    database.inTransaction(
        c -> {
          finish(c, subscriptionId, day, DeliveryState.SENT, null, now);
          update(
              c,
              "UPDATE subscriptions SET last_posted_at = ? WHERE id = ?",
              now.toEpochMilli(),
              subscriptionId);
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO posted_passages (subscription_id, passage_id, posted_on) VALUES (?,"
                      + " ?, ?) ON CONFLICT (subscription_id, passage_id) DO UPDATE SET posted_on ="
                      + " excluded.posted_on")) {
            for (String passage : passageIds) {
              bind(upsert, subscriptionId, passage, day.toString());
              upsert.addBatch();
            }
            upsert.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void retryLater(
      long subscriptionId, LocalDate day, Instant notBefore, String why, Instant now) {
    database.inTransaction(
        c ->
            update(
                c,
                "UPDATE deliveries SET state = ?, retry_at = ?, detail = ?"
                    + " WHERE subscription_id = ? AND local_date = ? AND state = ?",
                DeliveryState.RETRY.name(),
                notBefore.toEpochMilli(),
                truncate(why),
                subscriptionId,
                day.toString(),
                DeliveryState.CLAIMED.name()));
  }

  @Override
  public void gone(long subscriptionId, LocalDate day, String reason, Instant now) {
    database.inTransaction(
        c -> {
          finish(c, subscriptionId, day, DeliveryState.GONE, reason, now);
          disable(c, subscriptionId, reason, now);
          return null;
        });
  }

  @Override
  public void finish(
      long subscriptionId, LocalDate day, DeliveryState state, String detail, Instant now) {
    database.inTransaction(c -> finish(c, subscriptionId, day, state, detail, now));
  }

  @Override
  public int abandonClaims(Instant now) {
    return database.inTransaction(
        c ->
            update(
                c,
                "UPDATE deliveries SET state = ?, finished_at = ?, detail = ?" + " WHERE state = ?",
                DeliveryState.UNCONFIRMED.name(),
                now.toEpochMilli(),
                "Hotline stopped while sending; not sent again",
                DeliveryState.CLAIMED.name()));
  }

  @Override
  public Map<String, LocalDate> postedPassages(long subscriptionId) {
    return database.inTransaction(
        c -> {
          Map<String, LocalDate> posted = new HashMap<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT passage_id, posted_on FROM posted_passages WHERE subscription_id = ?")) {
            select.setLong(1, subscriptionId);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                posted.put(rows.getString(1), LocalDate.parse(rows.getString(2)));
              }
            }
          }
          return posted;
        });
  }

  @Override
  public void forget(LocalDate deliveriesBefore, LocalDate passagesBefore) {
    database.inTransaction(
        c -> {
          update(c, "DELETE FROM deliveries WHERE local_date < ?", deliveriesBefore.toString());
          update(c, "DELETE FROM posted_passages WHERE posted_on < ?", passagesBefore.toString());
          return null;
        });
  }

  /** The subscription is still on and unchanged since the post was planned from it. */
  private static boolean stillAsPlanned(Connection c, Subscription subscription)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT active, revision FROM subscriptions WHERE id = ?")) {
      select.setLong(1, subscription.id());
      try (ResultSet row = select.executeQuery()) {
        return row.next() && row.getBoolean(1) && row.getInt(2) == subscription.revision();
      }
    }
  }

  private static int finish(
      Connection c, long id, LocalDate day, DeliveryState state, String detail, Instant now)
      throws SQLException {
    return update(
        c,
        "UPDATE deliveries SET state = ?, finished_at = ?, detail = ? WHERE subscription_id = ? AND"
            + " local_date = ?",
        state.name(),
        now.toEpochMilli(),
        truncate(detail),
        id,
        day.toString());
  }

  private static int disable(Connection c, long id, String reason, Instant now)
      throws SQLException {
    return update(
        c,
        "UPDATE subscriptions SET active = ?, disabled_reason = ?, revision = revision + 1,"
            + " updated_at = ? WHERE id = ?",
        false,
        truncate(reason),
        now.toEpochMilli(),
        id);
  }

  /** The subscriptions at a channel, or at every channel of a server when the place has none. */
  private static List<Subscription> at(Connection c, ChatPlace place) throws SQLException {
    if (place.channelId() != null) {
      List<Subscription> here = new ArrayList<>();
      for (DailyFeature feature : DailyFeature.values()) {
        find(c, Subscription.key(feature, place)).ifPresent(here::add);
      }
      return here;
    }
    return list(
        c,
        "SELECT "
            + COLUMNS
            + " FROM subscriptions WHERE platform = ? AND server_id = ? ORDER BY id",
        place.platform().name(),
        place.serverId());
  }

  private static Optional<Subscription> find(Connection c, String placeKey) throws SQLException {
    return list(c, "SELECT " + COLUMNS + " FROM subscriptions WHERE place_key = ?", placeKey)
        .stream()
        .findFirst();
  }

  private static long nextId(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM subscriptions");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Optional<Delivery> delivery(Connection c, long subscriptionId, LocalDate day)
      throws SQLException {
    return Sql.first(
        c,
        "SELECT subscription_id, local_date, state, attempts, retry_at"
            + " FROM deliveries WHERE subscription_id = ? AND local_date = ?",
        SqlSubscriptionStore::delivery,
        subscriptionId,
        day.toString());
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    long retryAt = row.getLong(5);
    Optional<Instant> retry =
        row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(retryAt));
    return new Delivery(
        row.getLong(1),
        LocalDate.parse(row.getString(2)),
        DeliveryState.valueOf(row.getString(3)),
        row.getInt(4),
        retry);
  }

  private static List<Subscription> list(Connection c, String sql, Object... parameters)
      throws SQLException {
    return Sql.select(c, sql, SqlSubscriptionStore::subscription, parameters);
  }

  private static Subscription subscription(ResultSet row) throws SQLException {
    ChatPlace place =
        new ChatPlace(Platform.valueOf(row.getString(2)), row.getString(3), row.getString(4));
    long lastPosted = row.getLong(11);
    Optional<Instant> last =
        row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastPosted));
    return new Subscription(
        row.getLong(1),
        DailyFeature.valueOf(row.getString(12)),
        place,
        LocalTime.parse(row.getString(5)),
        ZoneId.of(row.getString(6)),
        row.getBoolean(7),
        Optional.ofNullable(row.getString(8)),
        Instant.ofEpochMilli(row.getLong(9)),
        row.getInt(10),
        last);
  }
}
