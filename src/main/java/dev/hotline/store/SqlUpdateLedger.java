package dev.hotline.store;

import static dev.hotline.store.Sql.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The Telegram updates a bot's processes have taken in webhook mode: one row per update, inserted
 * only if absent, so of two deliveries of one update (to one process or two) exactly one is taken.
 * Rows older than Telegram keeps an update (24 hours) are cleared now and then.
 */
public final class SqlUpdateLedger {
  private static final Duration KEEP = Duration.ofDays(2);
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private final Database database;
  private final String bot;
  private final Clock clock;
  private Instant pruned = Instant.EPOCH; // guarded by this

  /**
   * @param bot the bot's id, the public part of its token
   */
  public SqlUpdateLedger(Database database, String bot, Clock clock) {
    this.database = database;
    this.bot = bot;
    this.clock = clock;
  }

  /** Takes update {@code updateId}; false when it was taken before. */
  public boolean take(long updateId) {
    Instant now = clock.instant();
    pruneNowAndThen(now);
    return database.inTransaction(
            c ->
                update(
                    c,
                    "INSERT INTO telegram_updates (bot, update_id, taken_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (bot, update_id) DO NOTHING",
                    bot,
                    updateId,
                    now.toEpochMilli()))
        == 1;
  }

  private synchronized void pruneNowAndThen(Instant now) {
    if (now.isBefore(pruned.plus(PRUNE_EVERY))) {
      return;
    }
    pruned = now;
    database.inTransaction(
        c ->
            update(
                c,
                "DELETE FROM telegram_updates WHERE taken_at < ?",
                now.minus(KEEP).toEpochMilli()));
  }
}
