package dev.hotline.discord.fake;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out increasing snowflakes whose timestamps are now, as Discord's ids are. */
final class SnowflakeSource {
  private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
  private final AtomicLong last;

  SnowflakeSource(Clock clock) {
    last = new AtomicLong((clock.millis() - DISCORD_EPOCH_MILLIS) << 22);
  }

  /** The next id, as Discord's JSON spells snowflakes: a string. */
  String nextString() {
    return Long.toUnsignedString(last.incrementAndGet());
  }
}
