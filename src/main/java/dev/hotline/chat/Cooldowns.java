package dev.hotline.chat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Per-user and per-channel cooldowns (token buckets from Bucket4j, timed by the injected clock so
 * tests move time by hand). A question takes one token from the asker's bucket and one from the
 * channel's; either being empty means "try again in N s".
 */
final class Cooldowns {
  /** Buckets kept before the least recently used are forgotten: enough for any busy bot. */
  private static final int MAX_BUCKETS = 20_000;

  private final TimeMeter time;
  private final Map<String, Keyed> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Keyed> eldest) {
          return size() > MAX_BUCKETS;
        }
      };

  Cooldowns(Clock clock) {
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  private record Keyed(int seconds, Bucket bucket) {}

  /**
   * Takes a turn for {@code user} in {@code channel}; returns the whole seconds to wait when either
   * is cooling down, or empty when the turn is granted.
   */
  synchronized OptionalLong take(String user, int userSeconds, String channel, int channelSeconds) {
    Bucket userBucket = bucket("u:" + user, userSeconds);
    Bucket channelBucket = bucket("c:" + channel, channelSeconds);
    long userWait = wait(userBucket);
    long channelWait = wait(channelBucket);
    if (userWait > 0 || channelWait > 0) {
      return OptionalLong.of(
          Math.max(1, (Math.max(userWait, channelWait) + 999_999_999L) / 1_000_000_000L));
    }
    for (Bucket bucket : new Bucket[] {userBucket, channelBucket}) {
      if (bucket != null) {
        bucket.tryConsume(1);
      }
    }
    return OptionalLong.empty();
  }

  private static long wait(Bucket bucket) {
    if (bucket == null) {
      return 0;
    }
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  /** The bucket for {@code key}, or {@code null} when a cooldown of zero means no limit at all. */
  private Bucket bucket(String key, int seconds) {
    if (seconds <= 0) {
      return null;
    }
    Keyed keyed = buckets.get(key);
    if (keyed == null || keyed.seconds != seconds) {
      Bucket bucket =
          Bucket.builder()
              .addLimit(limit -> limit.capacity(1).refillIntervally(1, Duration.ofSeconds(seconds)))
              .withCustomTimePrecision(time)
              .build();
      keyed = new Keyed(seconds, bucket);
      buckets.put(key, keyed);
    }
    return keyed.bucket;
  }
}
