package dev.hotline.store;

import dev.hotline.daily.PostSchedule;
import dev.hotline.daily.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which daily posts this process makes when several share the database. A platform it does not post
 * to: none. A place any process may post to (a Telegram chat): all, the claim deciding who. A
 * Discord server's channel: the process running the server's shard; when no live process runs that
 * shard, any process posting to Discord once the post is {@code grace} late.
 */
final class PostingRights {
  private final ProcessInfo self;
  private final ShardOf shardOf;
  private final Duration grace;

  PostingRights(ProcessInfo self, ShardOf shardOf, Duration grace) {
    this.self = self;
    this.shardOf = shardOf;
    this.grace = grace;
  }

  /** Whether this process should post {@code subscription} now, given the live processes. */
  boolean mayPost(Subscription subscription, List<ProcessInfo> live, Instant now) {
    if (!self.platforms().contains(subscription.place().platform())) {
      return false;
    }
    if (holds(self, subscription)) {
      return true;
    }
    if (shardOf.shard(subscription.place(), 1).isEmpty()) {
      return true; // not a sharded place: every process may, the claim decides
    }
    for (ProcessInfo process : live) {
      if (!process.id().equals(self.id())
          && process.platforms().contains(subscription.place().platform())
          && holds(process, subscription)) {
        return false;
      }
    }
    // Nobody runs its shard: take it over once it is late by the grace period.
    Instant due =
        PostSchedule.postInstant(
            PostSchedule.today(now, subscription.zone()), subscription.time(), subscription.zone());
    return !now.isBefore(due.plus(grace));
  }

  /** Whether {@code process} runs the shard of the subscription's place (by its own total). */
  private boolean holds(ProcessInfo process, Subscription subscription) {
    ShardRange shards = process.shards();
    if (shards.total() == 0) {
      return false;
    }
    OptionalInt shard = shardOf.shard(subscription.place(), shards.total());
    return shard.isPresent() && shards.holds(shard.getAsInt());
  }
}
