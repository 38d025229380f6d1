package dev.hotline.discord;

/**
 * Which gateway shards this process runs: shards {@code from} to {@code to} of {@code total}, or
 * ({@code total} 0) every shard of the count Discord's gateway recommends. Discord serves each
 * server on shard {@code (server id >> 22) % total}; it requires sharding from 2,500 servers.
 */
public record DiscordSharding(int total, int from, int to) {
  public DiscordSharding {
    if (total < 0 || (total > 0 && (from < 0 || to < from || to >= total))) {
      throw new IllegalArgumentException("not a shard range: " + from + "-" + to + " of " + total);
    }
  }

  /** One connection for every server: no sharding. */
  public static DiscordSharding one() {
    return new DiscordSharding(1, 0, 0);
  }

  /** Every shard in this process, as many as Discord recommends. */
  public static DiscordSharding recommended() {
    return new DiscordSharding(0, 0, 0);
  }

  /** Shards {@code from} to {@code to} of {@code total} in this process. */
  public static DiscordSharding of(int total, int from, int to) {
    return new DiscordSharding(total, from, to);
  }

  public boolean auto() {
    return total == 0;
  }

  /** How many shards this process runs, when the total is known. */
  int count() {
    return to - from + 1;
  }
}
