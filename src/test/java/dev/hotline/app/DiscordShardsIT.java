package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import dev.hotline.discord.fake.FakeGuild;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.index.IndexLocation;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.Ports;
import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code hotline serve} processes, one Discord shard of two each, on one PostgreSQL and the
 * fake Discord gateway: each identifies its shard, answers in its shard's servers and reports its
 * shard on /health and /metrics; when the first is killed before a daily post of its server is due,
 * the second makes that post over REST once the grace period has passed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DiscordShardsIT {
  private static final FakeGuild ON_SHARD_0 = FakeGuild.onShard(0, 2, 1);
  private static final FakeGuild ON_SHARD_1 = FakeGuild.onShard(1, 2, 2);
  private static final String QUESTION = "when did the border war happen?";

  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void twoProcessesRunAShardEachAndTheSecondPostsForTheFirstOnceItIsDead() throws Exception {
    String url = server.newDatabase();
    FakeDiscordSetup setup =
        FakeDiscordSetup.defaults().withOtherGuilds(List.of(ON_SHARD_0, ON_SHARD_1));
    ChatPlace dailyPlace =
        new ChatPlace(
            Platform.DISCORD,
            Long.toUnsignedString(ON_SHARD_0.id()),
            Long.toUnsignedString(ON_SHARD_0.textChannelId()));
    Instant due = subscribeAtTheMinuteAfterNext(url, dailyPlace);
    // The health ports stay taken until the fake Discord has its own: a port picked and let go at
    // once may be handed to it, leaving a process none to listen on.
    Ports health = Ports.held(2);
    int healthA = health.port(0);
    int healthB = health.port(1);
    try (health;
        FakeDiscord fake = startReleasing(setup, health);
        ServeProcess first = ServeProcess.start("first", dir, environment(url, fake, 0, healthA));
        ServeProcess second =
            ServeProcess.start("second", dir, environment(url, fake, 1, healthB))) {
      first.awaitOutput("(shard 0 of 2)", 120);
      second.awaitOutput("(shard 1 of 2)", 120);
      assertThat(fake.connectedShards()).containsExactly(0, 1);
      assertThat(
              fake.gatewayPayloads().stream()
                  .filter(p -> p.path("op").asInt() == 2)
                  .map(p -> p.path("d").path("shard").toString()))
          .containsExactlyInAnyOrder("[0,2]", "[1,2]");

      fake.dispatchGuildMention(ON_SHARD_0, ON_SHARD_0.member(), QUESTION);
      fake.dispatchGuildMention(ON_SHARD_1, ON_SHARD_1.member(), QUESTION);
      awaitPostIn(fake, ON_SHARD_0);
      awaitPostIn(fake, ON_SHARD_1);

      assertThat(get(healthA, "/health/discord-shard-0")).contains("\"up\"");
      assertThat(get(healthA, "/health")).doesNotContain("discord-shard-1");
      assertThat(get(healthB, "/health/discord-shard-1")).contains("\"up\"");
      String metrics = get(healthB, "/metrics");
      assertThat(metrics)
          .contains("hotline_discord_shard_connected{shard=\"1\"} 1")
          .contains("hotline_discord_shard_servers{shard=\"1\"} ")
          .contains("hotline_processes 2");

      assertThat(Instant.now()).as("the first is killed before its post is due").isBefore(due);
      first.kill();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
      while (fake.botMessagesIn(ON_SHARD_0.textChannelId()).size() < 2
          && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
      List<JsonNode> posted = fake.botMessagesIn(ON_SHARD_0.textChannelId());
      assertThat(posted)
          .as(second.output() + "\n" + fake.requests() + "\n" + deliveries(url))
          .hasSize(2); // the answer, then the daily post
      List<RestCall> dailyPosts =
          fake.requests().stream()
              .filter(c -> c.is("POST", "/channels/{channel}/messages"))
              .filter(c -> c.json().has("enforce_nonce"))
              .filter(c -> c.path().contains(Long.toUnsignedString(ON_SHARD_0.textChannelId())))
              .filter(c -> c.json().path("nonce").asText().endsWith(dayKey(due)))
              .toList();
      assertThat(dailyPosts).hasSize(1);
      assertThat(Instant.now()).isAfter(due);
      System.out.printf(
          "DiscordShardsIT: the second process made the dead one's %s post %.1f s after it was"
              + " due (grace 2 s)%n",
          due, Duration.between(due, Instant.now()).toMillis() / 1000.0);
    }
  }

  /** A daily post in the guild on shard 0, due at a whole minute at least 70 s from now. */
  private static Instant subscribeAtTheMinuteAfterNext(String url, ChatPlace place) {
    Instant now = Instant.now();
    Instant due = now.plusSeconds(70).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    try (Database database = Database.openUrl(url, ThrowawayPostgres.USER, "", Clock.systemUTC())) {
      new SqlSubscriptionStore(database)
          .subscribe(place, LocalTime.ofInstant(due, ZoneOffset.UTC), ZoneOffset.UTC, now);
    }
    return due;
  }

  private static String deliveries(String url) {
    try (Database database = Database.openUrl(url, ThrowawayPostgres.USER, "", Clock.systemUTC())) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      return store.active() + " " + store.deliveriesSince(java.time.LocalDate.now().minusDays(1));
    }
  }

  private static String dayKey(Instant due) {
    return due.atZone(ZoneOffset.UTC).toLocalDate().toString().replace("-", "");
  }

  private Map<String, String> environment(String url, FakeDiscord fake, int shard, int health)
      throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("DISCORD_TOKEN", fake.token());
    environment.put("HOTLINE_DISCORD_REST_URL", fake.restUrl());
    environment.put("HOTLINE_DISCORD_GATEWAY_URL", fake.gatewayUrl());
    environment.put("HOTLINE_DISCORD_SHARDS_TOTAL", "2");
    environment.put("HOTLINE_DISCORD_SHARDS_FROM", Integer.toString(shard));
    environment.put("HOTLINE_DISCORD_SHARDS_TO", Integer.toString(shard));
    environment.put("HOTLINE_DATABASE_URL", url);
    environment.put("DATABASE_USER", ThrowawayPostgres.USER);
    environment.put("HOTLINE_CLUSTER_LEASE_SECONDS", "3");
    environment.put("HOTLINE_DAILY_TAKEOVER_SECONDS", "2");
    environment.put("HOTLINE_HEALTH_PORT", Integer.toString(health));
    environment.put("HOTLINE_INDEX", bundledIndex().toString());
    environment.put("HOTLINE_DATA_DIR", dir.resolve("unused").toString());
    return environment;
  }

  /** The bundled corpus, which has events for every day of the year, indexed once. */
  private Path bundledIndex() throws Exception {
    Path index = dir.resolve("bundled-index");
    if (!Files.exists(index)) {
      TestCorpus.indexer()
          .index(
              List.of(BundledIndex.corpus()), new IndexLocation(index), CorpusReader.Progress.NONE);
    }
    return index;
  }

  private static void awaitPostIn(FakeDiscord fake, FakeGuild guild) {
    fake.awaitRequest(
        c ->
            c.is("POST", "/channels/{channel}/messages")
                && c.path().contains(Long.toUnsignedString(guild.textChannelId())),
        Duration.ofSeconds(30));
  }

  private String get(int port, String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Starts the fake Discord, then lets go of ports held so that it could not take them. */
  private static FakeDiscord startReleasing(FakeDiscordSetup setup, Ports held) throws Exception {
    FakeDiscord fake = FakeDiscord.start(setup);
    held.release();
    return fake;
  }
}
