package dev.hotline.config;

import java.util.OptionalInt;

/**
 * Which Discord shards this process runs: shards {@code from} to {@code to} of {@code total}, or
 * ({@code total} empty) every shard of the count Discord recommends.
 */
public record DiscordShards(OptionalInt total, int from, int to) {
  /** One process, the count Discord's gateway recommends. */
  public static DiscordShards recommended() {
    return new DiscordShards(OptionalInt.empty(), 0, -1);
  }

  /** No sharding: one gateway connection for every server. */
  public static DiscordShards one() {
    return new DiscordShards(OptionalInt.of(1), 0, 0);
  }

  /** Whether the count is Discord's recommendation, learnt on connecting. */
  public boolean auto() {
    return total.isEmpty();
  }

  /** Whether this process runs every shard (always so with {@code auto}). */
  public boolean wholeRange() {
    return auto() || (from == 0 && to == total.getAsInt() - 1);
  }

  /** As the operator reads it: "1 (no sharding)", "auto", "0-3 of 8". */
  public String describe() {
    if (auto()) {
      return "auto (the count Discord recommends, all in this process)";
    }
    int count = total.getAsInt();
    if (count == 1) {
      return "1 (no sharding)";
    }
    return (from == to ? "shard " + from : "shards " + from + "-" + to) + " of " + count;
  }
}
