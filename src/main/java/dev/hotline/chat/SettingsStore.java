package dev.hotline.chat;

import java.util.Optional;

/** Keeps each server's settings; the database-backed store makes them survive restarts. */
public interface SettingsStore {
  Optional<ServerSettings> find(String serverKey);

  void save(String serverKey, ServerSettings settings);

  /** Moves settings to a new key, e.g. when a Telegram group becomes a supergroup with a new id. */
  void move(String fromKey, String toKey);
}
