package dev.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code database.url}, the cluster timings and {@code discord.shards}: what is accepted, and what
 * is refused with the key and why. Credentials never come from the configuration.
 */
class SharedDatabaseConfigTest {
  @TempDir Path dir;

  @Test
  void sqliteStaysTheDefaultAndOneShardServesEveryServer() throws Exception {
    HotlineConfig settings = load(Map.of(), "");
    assertThat(settings.databaseUrl()).isEmpty();
    assertThat(settings.discordShards()).isEqualTo(DiscordShards.one());
    assertThat(settings.leaseTime()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.takeoverGrace()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void aPostgresUrlIsTakenFromTheFileOrTheEnvironment() throws Exception {
    assertThat(
            load(Map.of(), "database:\n  url: jdbc:postgresql://db.example:5432/hotline\n")
                .databaseUrl())
        .contains("jdbc:postgresql://db.example:5432/hotline");
    assertThat(
            load(Map.of("HOTLINE_DATABASE_URL", "jdbc:postgresql://10.0.0.5/hotline?ssl=true"), "")
                .databaseUrl())
        .contains("jdbc:postgresql://10.0.0.5/hotline?ssl=true");
  }

  @Test
  void aUrlThatIsNotPostgresOrHoldsCredentialsIsRefused() {
    assertThatThrownBy(() -> load(Map.of("HOTLINE_DATABASE_URL", "jdbc:mysql://db/hotline"), ""))
        .hasMessageStartingWith("database.url: 'jdbc:mysql://db/hotline' is not a PostgreSQL");
    assertThatThrownBy(() -> load(Map.of("HOTLINE_DATABASE_URL", "jdbc:postgresql://db"), ""))
        .hasMessageContaining("must name a host and a database");
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "HOTLINE_DATABASE_URL", "jdbc:postgresql://db/h?user=a&password=pa55word"),
                    ""))
        .hasMessageContaining("DATABASE_USER, DATABASE_PASSWORD")
        .hasMessageNotContaining("pa55word");
    assertThatThrownBy(() -> load(Map.of(), "database:\n  password: hunter2\n"))
        .hasMessageContaining("'database.password' belongs in the environment")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> load(Map.of(), "database:\n  user: hotline\n"))
        .hasMessageContaining("'database.user' belongs in the environment");
  }

  @Test
  void theUserAndPasswordComeFromTheEnvironmentOrTheSecretsFile() throws Exception {
    Path secrets = dir.resolve("secrets.env");
    Files.writeString(secrets, "DATABASE_PASSWORD=from-the-file\n");
    Secrets loaded = Secrets.load(Map.of("DATABASE_USER", "hotline"), Optional.of(secrets));
    assertThat(loaded.databaseUser()).contains("hotline");
    assertThat(loaded.databasePassword()).contains("from-the-file");
    assertThat(loaded.tokens()).contains("from-the-file");
    assertThat(loaded.toString()).doesNotContain("from-the-file");
  }

  @Test
  void shardsAreATotalWithThisProcesssRangeOrAuto() throws Exception {
    assertThat(
            load(Map.of(), "discord:\n  shards:\n    total: 4\n    from: 2\n    to: 3\n")
                .discordShards())
        .isEqualTo(new DiscordShards(java.util.OptionalInt.of(4), 2, 3));
    assertThat(load(Map.of("HOTLINE_DISCORD_SHARDS_TOTAL", "4"), "").discordShards().wholeRange())
        .isTrue();
    assertThat(load(Map.of("HOTLINE_DISCORD_SHARDS_TOTAL", "auto"), "").discordShards().auto())
        .isTrue();
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "HOTLINE_DISCORD_SHARDS_TOTAL", "auto", "HOTLINE_DISCORD_SHARDS_FROM", "1"),
                    ""))
        .hasMessageContaining("leave from and to empty");
    assertThatThrownBy(() -> load(Map.of(), "discord:\n  shards:\n    total: 2\n    to: 2\n"))
        .hasMessage("discord.shards.to: 2 is outside 0..1");
    assertThatThrownBy(
            () -> load(Map.of(), "discord:\n  shards:\n    total: 4\n    from: 3\n    to: 1\n"))
        .hasMessage("discord.shards: to (1) comes before from (3)");
  }

  @Test
  void webhookModeNeedsItsSecretTokenFromTheEnvironmentOrTheSecretsFile() throws Exception {
    Map<String, String> webhook =
        Map.of("HOTLINE_TELEGRAM_WEBHOOK_URL", "https://bot.example/telegram");
    assertThatThrownBy(() -> ServerConfig.load(webhook, dir, Optional.empty()))
        .hasMessageContaining("set TELEGRAM_WEBHOOK_SECRET");
    Map<String, String> badSecret = new java.util.HashMap<>(webhook);
    badSecret.put("TELEGRAM_WEBHOOK_SECRET", "no spaces allowed");
    assertThatThrownBy(() -> ServerConfig.load(badSecret, dir, Optional.empty()))
        .hasMessageContaining("A-Z, a-z, 0-9, _ and -")
        .hasMessageNotContaining("no spaces allowed");
    Map<String, String> good = new java.util.HashMap<>(webhook);
    good.put("TELEGRAM_WEBHOOK_SECRET", "s3cret_token");
    ServerConfig loaded = ServerConfig.load(good, dir, Optional.empty());
    assertThat(loaded.settings().telegramWebhook().url()).contains("https://bot.example/telegram");
    assertThat(loaded.settings().telegramWebhook().bind()).isEqualTo("127.0.0.1");
    assertThat(loaded.settings().telegramWebhook().port()).isEqualTo(8443);
    assertThat(loaded.secrets().tokens()).contains("s3cret_token");
    assertThatThrownBy(() -> load(Map.of(), "telegram:\n  webhook:\n    secret_token: x\n"))
        .hasMessageContaining("looks like a secret");
  }

  private HotlineConfig load(Map<String, String> environment, String yaml) throws Exception {
    Path file = dir.resolve("hotline.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader(environment, dir).load(Optional.of(file));
  }
}
