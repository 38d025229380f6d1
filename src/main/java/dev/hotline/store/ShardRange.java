package dev.hotline.store;

/**
 * The Discord shards a process runs: {@code from} to {@code to} of {@code total}; a total of 0
 * means none (the process runs no Discord connection).
 */
public record ShardRange(int total, int from, int to) {
  public ShardRange {
    if (total < 0 || (total > 0 && (from < 0 || to < from || to >= total))) {
      throw new IllegalArgumentException("not a shard range: " + from + "-" + to + " of " + total);
    }
  }

  /** No Discord shards at all. */
  public static ShardRange none() {
    return new ShardRange(0, 0, 0);
  }

  /** Every shard of {@code total}. */
  public static ShardRange all(int total) {
    return new ShardRange(total, 0, total - 1);
  }

  /** Whether shard {@code shard} (of this range's total) is among this range's. */
  public boolean holds(int shard) {
    return total > 0 && shard >= from && shard <= to;
  }
}
