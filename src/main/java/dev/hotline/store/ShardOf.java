package dev.hotline.store;

import dev.hotline.chat.ChatPlace;
import java.util.OptionalInt;

/**
 * Which shard of {@code total} serves a chat place, for platforms that shard (Discord: a server's
 * id decides it); empty for places any process may post to. The composition root supplies it, so
 * the store needs no platform's rules.
 */
@FunctionalInterface
public interface ShardOf {
  OptionalInt shard(ChatPlace place, int total);

  /** No platform shards. */
  ShardOf NONE = (place, total) -> OptionalInt.empty();
}
