package dev.hotline.store;

import dev.hotline.chat.Platform;
import java.util.Set;

/**
 * A Hotline process as the others sharing its database see it: the platforms it posts daily posts
 * to and the Discord shards it runs.
 */
public record ProcessInfo(String id, Set<Platform> platforms, ShardRange shards) {
  public ProcessInfo {
    if (id.isBlank() || id.length() > 100) {
      throw new IllegalArgumentException("a process id is 1 to 100 characters: " + id);
    }
    platforms = Set.copyOf(platforms);
  }
}
