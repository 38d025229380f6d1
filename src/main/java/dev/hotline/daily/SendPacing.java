package dev.hotline.daily;

import dev.hotline.chat.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Spreads daily posts to stay within each platform's limits: a token bucket per platform, filled at
 * its posts-per-second rate and holding at most one second's worth, timed by the injected clock so
 * tests move time by hand. A platform without a rate is not paced.
 */
public final class SendPacing {
  /**
   * Rates that leave room for answers: Discord allows a bot 50 requests a second in all, Telegram
   * about 30 messages a second to different chats.
   */
  public static final Map<Platform, Double> PLATFORM_RATES =
      Map.of(Platform.DISCORD, 25.0, Platform.TELEGRAM, 20.0);

  private final Clock clock;
  private final Map<Platform, Bucket> buckets = new EnumMap<>(Platform.class);

  public SendPacing(Clock clock, Map<Platform, Double> postsPerSecond) {
    this.clock = clock;
    Instant now = clock.instant();
    postsPerSecond.forEach(
        (platform, rate) -> {
          if (!(rate > 0)) {
            throw new IllegalArgumentException(
                "posts per second must be positive: " + platform + "=" + rate);
          }
          buckets.put(platform, new Bucket(rate, now));
        });
  }

  /** No pacing at all: for tests and benchmarks that measure Hotline rather than the platform. */
  public static SendPacing unlimited(Clock clock) {
    return new SendPacing(clock, Map.of());
  }

  /** Whether a post on {@code platform} may go now. */
  public synchronized boolean hasTurn(Platform platform) {
    Bucket bucket = buckets.get(platform);
    return bucket == null || bucket.available(clock.instant());
  }

  /**
   * Uses a turn on {@code platform}; called just before posting, after {@link #hasTurn} said yes,
   * so that a post that turns out not to be needed costs nothing.
   */
  public synchronized void take(Platform platform) {
    Bucket bucket = buckets.get(platform);
    if (bucket != null) {
      bucket.take(clock.instant());
    }
  }

  /**
   * Paces {@code platform} at {@code postsPerSecond} from now on: when several processes share one
   * bot, each takes its part of the platform's rate. A platform without a rate stays unpaced.
   */
  public synchronized void changeRate(Platform platform, double postsPerSecond) {
    if (!(postsPerSecond > 0)) {
      throw new IllegalArgumentException("posts per second must be positive: " + postsPerSecond);
    }
    Bucket bucket = buckets.get(platform);
    if (bucket != null && bucket.rate != postsPerSecond) {
      buckets.put(platform, bucket.withRate(postsPerSecond, clock.instant()));
    }
  }

  /** When the next turn on {@code platform} is free (now, when one is). */
  public synchronized Instant nextFree(Platform platform) {
    Instant now = clock.instant();
    Bucket bucket = buckets.get(platform);
    return bucket == null ? now : bucket.nextFree(now);
  }

  /** Tokens are fractional so that slow rates (one post every few seconds) work too. */
  private static final class Bucket {
    private final double rate;
    private final double capacity;
    private double tokens;
    private Instant filled;

    Bucket(double rate, Instant now) {
      this.rate = rate;
      this.capacity = Math.max(1, rate);
      this.tokens = capacity;
      this.filled = now;
    }

    /** The same bucket at another rate, keeping its debt but not more than the new burst. */
    Bucket withRate(double newRate, Instant now) {
      fill(now);
      Bucket changed = new Bucket(newRate, now);
      changed.tokens = Math.min(changed.capacity, tokens);
      return changed;
    }

    boolean available(Instant now) {
      fill(now);
      return tokens >= 1;
    }

    /**
     * May go below zero when a caller posts without a turn; the debt is then paid before the next.
     */
    void take(Instant now) {
      fill(now);
      tokens -= 1;
    }

    Instant nextFree(Instant now) {
      fill(now);
      if (tokens >= 1) {
        return now;
      }
      return now.plus(Duration.ofNanos((long) Math.ceil((1 - tokens) / rate * 1e9)));
    }

    private void fill(Instant now) {
      if (now.isAfter(filled)) {
        double seconds = Duration.between(filled, now).toNanos() / 1e9;
        tokens = Math.min(capacity, tokens + seconds * rate);
        filled = now;
      }
    }
  }
}
