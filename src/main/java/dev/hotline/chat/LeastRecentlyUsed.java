package dev.hotline.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entry once it holds more than a limit: what the chat
 * layer keeps per user or channel stays bounded however many come and go.
 */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {
  private final int limit;

  LeastRecentlyUsed(int limit) {
    super(256, 0.75f, true);
    this.limit = limit;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > limit;
  }
}
