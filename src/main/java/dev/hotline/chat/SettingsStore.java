package dev.hotline.chat;

import java.util.Optional;

/** Keeps each server's settings; the database-backed store makes them survive restarts. */
public interface SettingsStore {
  Optional<ServerSettings> find(String serverKey);

  void save(String serverKey, ServerSettings settings);
}
