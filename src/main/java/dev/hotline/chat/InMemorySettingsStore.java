package dev.hotline.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings kept in memory: for the console and tests, where nothing needs to outlive the process.
 */
public final class InMemorySettingsStore implements SettingsStore {
  private final Map<String, ServerSettings> settings = new ConcurrentHashMap<>();

  @Override
  public Optional<ServerSettings> find(String serverKey) {
    return Optional.ofNullable(settings.get(serverKey));
  }

  @Override
  public void save(String serverKey, ServerSettings value) {
    settings.put(serverKey, value);
  }

  @Override
  public void move(String fromKey, String toKey) {
    ServerSettings moved = settings.remove(fromKey);
    if (moved != null) {
      settings.put(toKey, moved);
    }
  }
}
