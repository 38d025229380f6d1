package dev.hotline.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything {@code hotline serve} can be told, with its default. Secrets are not here: tokens come
 * only from the environment or a secrets file (see {@link Secrets}).
 *
 * @param index the index folder to answer from
 * @param dataDir the folder of the database that keeps settings and subscriptions
 * @param logLevel the root log level: error, warn, info, debug or trace
 * @param healthPort the port of the health and metrics endpoint; 0 keeps it off
 * @param healthBind the address it listens on; loopback unless configured otherwise
 * @param reloadSeconds how often a running server looks for a newly built index
 * @param databaseUrl a shared PostgreSQL's JDBC URL; empty for the SQLite file in {@link #dataDir}
 * @param leaseTime how long a process counts as alive after its last heartbeat to the shared
 *     database (and how long the Telegram poller's turn lasts unrenewed)
 * @param takeoverGrace how long past its time a Discord daily post waits for the process holding
 *     its server's shard before another process takes it
 * @param discordShards which Discord shards this process runs
 * @param telegramWebhook where Telegram pushes updates, when it does instead of being polled
 * @param secretsFile a file of {@code NAME=value} lines holding tokens, if any
 */
public record HotlineConfig(
    Path index,
    Path dataDir,
    String logLevel,
    int healthPort,
    String healthBind,
    int reloadSeconds,
    Optional<String> databaseUrl,
    Duration leaseTime,
    Duration takeoverGrace,
    Optional<String> discordRestUrl,
    Optional<String> discordGatewayUrl,
    DiscordShards discordShards,
    Optional<String> telegramApiUrl,
    TelegramWebhookConfig telegramWebhook,
    Optional<Path> secretsFile) {

  /** The database file inside {@link #dataDir}. */
  public Path databaseFile() {
    return dataDir.resolve("hotline.db");
  }
}
