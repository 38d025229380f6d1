package dev.hotline.chat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Per-user and per-channel cooldowns as token buckets (Bucket4j, timed by the injected clock so
 * tests move time by hand). Each bucket holds a burst of questions and refills one every so many
 * seconds, so a newcomer can ask a few follow-ups in a row while a flood still slows down. A
 * question takes one token from the asker's bucket and one from the channel's; either being empty
 * means "try again in N s".
 */
final class Cooldowns {
  /** Buckets kept before the least recently used are forgotten: enough for any busy bot. */
  private static final int MAX_BUCKETS = 20_000;

  /**
   * How many questions a bucket holds and how often it gets one back; zero seconds means no limit.
   */
  record Pace(int burst, int seconds) {
    static Pace unlimited() {
      return new Pace(1, 0);
    }

    boolean limited() {
      return seconds > 0;
    }
  }

  /** Whose bucket ran dry. */
  enum Limit {
    USER,
    CHANNEL
  }

  /** A turn refused: which limit held it back and the whole seconds until the next one. */
  record Wait(Limit limit, long seconds) {}

  private final TimeMeter time;
  private final Map<String, Keyed> buckets = new LeastRecentlyUsed<>(MAX_BUCKETS);

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

  private record Keyed(Pace pace, Bucket bucket) {}

  /**
   * Takes a turn for {@code user} in {@code channel}; returns what to wait for when either is
   * cooling down (nothing is taken then), or empty when the turn is granted.
   */
  synchronized Optional<Wait> take(String user, Pace userPace, String channel, Pace channelPace) {
    Bucket userBucket = bucket("u:" + user, userPace);
    Bucket channelBucket = bucket("c:" + channel, channelPace);
    long userWait = wait(userBucket);
    long channelWait = wait(channelBucket);
    if (userWait > 0 || channelWait > 0) {
      Limit limit = userWait >= channelWait ? Limit.USER : Limit.CHANNEL;
      long nanos = Math.max(userWait, channelWait);
      return Optional.of(new Wait(limit, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L)));
    }
    for (Bucket bucket : new Bucket[] {userBucket, channelBucket}) {
      if (bucket != null) {
        bucket.tryConsume(1);
      }
    }
    return Optional.empty();
  }

  private static long wait(Bucket bucket) {
    if (bucket == null) {
      return 0;
    }
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  /** The bucket for {@code key}, or {@code null} when the pace sets no limit at all. */
  private Bucket bucket(String key, Pace pace) {
    if (!pace.limited()) {
      return null;
    }
    Keyed keyed = buckets.get(key);
    if (keyed == null || !keyed.pace.equals(pace)) {
      // A new pace (moderators changed it) starts with a full burst.
      Bucket bucket =
          Bucket.builder()
              .addLimit(
                  limit ->
                      limit
                          .capacity(Math.max(1, pace.burst()))
                          .refillGreedy(1, Duration.ofSeconds(pace.seconds())))
              .withCustomTimePrecision(time)
              .build();
      keyed = new Keyed(pace, bucket);
      buckets.put(key, keyed);
    }
    return keyed.bucket;
  }
}
