package dev.hotline.config;

import java.nio.file.Path;
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
 * @param secretsFile a file of {@code NAME=value} lines holding tokens, if any
 */
public record HotlineConfig(
    Path index,
    Path dataDir,
    String logLevel,
    int healthPort,
    String healthBind,
    int reloadSeconds,
    Optional<String> discordRestUrl,
    Optional<String> discordGatewayUrl,
    Optional<String> telegramApiUrl,
    Optional<Path> secretsFile) {

  /** The database file inside {@link #dataDir}. */
  public Path databaseFile() {
    return dataDir.resolve("hotline.db");
  }
}
