package dev.hotline.store;

import dev.hotline.chat.ServerSettings;
import dev.hotline.chat.SettingsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Each server's settings in the database, so moderators' choices survive a restart. */
public final class SqlSettingsStore implements SettingsStore {
  private final Database database;

  public SqlSettingsStore(Database database) {
    this.database = database;
  }

  @Override
  public Optional<ServerSettings> find(String serverKey) {
    return database.inTransaction(connection -> find(connection, serverKey));
  }

  @Override
  public void save(String serverKey, ServerSettings settings) {
    database.inTransaction(
        connection -> {
          save(connection, serverKey, settings);
          return null;
        });
  }

  @Override
  public void move(String fromKey, String toKey) {
    if (fromKey.equals(toKey)) {
      return;
    }
    database.inTransaction(
        connection -> {
          Optional<ServerSettings> moved = find(connection, fromKey);
          if (moved.isPresent()) {
            // Copy, then delete: no key is updated in place, so no foreign key has to follow it.
            delete(connection, toKey);
            save(connection, toKey, moved.get());
            delete(connection, fromKey);
          }
          return null;
        });
  }

  private static Optional<ServerSettings> find(Connection connection, String serverKey)
      throws SQLException {
    String role;
    boolean privateAnswers;
    int userCooldown;
    int channelCooldown;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT moderator_role, private_answers, user_cooldown_seconds,"
                + " channel_cooldown_seconds FROM server_settings WHERE server_key = ?")) {
      select.setString(1, serverKey);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        role = row.getString(1);
        privateAnswers = row.getBoolean(2);
        userCooldown = row.getInt(3);
        channelCooldown = row.getInt(4);
      }
    }
    Set<String> channels = new LinkedHashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT channel_id FROM allowed_channels WHERE server_key = ? ORDER BY channel_id")) {
      select.setString(1, serverKey);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          channels.add(rows.getString(1));
        }
      }
    }
    return Optional.of(
        new ServerSettings(role, channels, privateAnswers, userCooldown, channelCooldown));
  }

  private static void save(Connection connection, String serverKey, ServerSettings settings)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO server_settings (server_key, moderator_role, private_answers,"
                + " user_cooldown_seconds, channel_cooldown_seconds) VALUES (?, ?, ?, ?, ?) ON"
                + " CONFLICT (server_key) DO UPDATE SET moderator_role = excluded.moderator_role,"
                + " private_answers = excluded.private_answers, user_cooldown_seconds ="
                + " excluded.user_cooldown_seconds, channel_cooldown_seconds ="
                + " excluded.channel_cooldown_seconds")) {
      upsert.setString(1, serverKey);
      upsert.setString(2, settings.moderatorRole());
      upsert.setBoolean(3, settings.privateAnswers());
      upsert.setInt(4, settings.userCooldownSeconds());
      upsert.setInt(5, settings.channelCooldownSeconds());
      upsert.executeUpdate();
    }
    deleteChannels(connection, serverKey);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO allowed_channels (server_key, channel_id) VALUES (?, ?)")) {
      for (String channel : settings.allowedChannels()) {
        insert.setString(1, serverKey);
        insert.setString(2, channel);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void delete(Connection connection, String serverKey) throws SQLException {
    deleteChannels(connection, serverKey);
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM server_settings WHERE server_key = ?")) {
      delete.setString(1, serverKey);
      delete.executeUpdate();
    }
  }

  private static void deleteChannels(Connection connection, String serverKey) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM allowed_channels WHERE server_key = ?")) {
      delete.setString(1, serverKey);
      delete.executeUpdate();
    }
  }
}
