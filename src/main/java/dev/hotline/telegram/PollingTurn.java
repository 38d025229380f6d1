package dev.hotline.telegram;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Whether this process polls Telegram now. Telegram hands a bot's updates to one {@code getUpdates}
 * consumer at a time, so where several processes serve one bot, they take turns: one polls, the
 * others wait to take over. The turn also remembers the last update any holder took, so a process
 * taking over goes on after it and no update is handled twice.
 */
public interface PollingTurn {
  /** Whether this process holds the turn now. */
  boolean held();

  /** Waits up to {@code wait} for the turn; whether this process holds it. */
  boolean await(Duration wait) throws InterruptedException;

  /**
   * The offset the next poll asks for, given the one the library would ask for: past every update
   * any holder took.
   */
  long nextOffset(long libraryOffset);

  /**
   * Takes the updates up to {@code highestUpdateId} for this process. Returns the last update id
   * taken before (updates up to it were taken already and are not handled again), or empty when the
   * turn has passed to another process, which will handle them.
   */
  OptionalLong take(long highestUpdateId);

  /** One process serving its bot alone: it always polls. */
  PollingTurn ALWAYS =
      new PollingTurn() {
        @Override
        public boolean held() {
          return true;
        }

        @Override
        public boolean await(Duration wait) {
          return true;
        }

        @Override
        public long nextOffset(long libraryOffset) {
          return libraryOffset;
        }

        @Override
        public OptionalLong take(long highestUpdateId) {
          return OptionalLong.of(Long.MIN_VALUE);
        }
      };
}
