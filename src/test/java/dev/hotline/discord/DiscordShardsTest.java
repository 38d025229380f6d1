package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Backoff;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import dev.hotline.daily.PostOutcome;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import dev.hotline.discord.fake.FakeGuild;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process running part of the shards, through JDA's shard manager on the fake gateway: it
 * identifies only its shards, answers in their servers, reports each shard, and posts a daily card
 * to another shard's server over REST, once per key.
 */
@Timeout(60)
class DiscordShardsTest {
  private static final FakeGuild ON_SHARD_0 = FakeGuild.onShard(0, 2, 1);
  private static final FakeGuild ON_SHARD_1 = FakeGuild.onShard(1, 2, 2);

  @TempDir static Path folder;
  static TestLibrary library;

  @TempDir Path dataFolder;

  @BeforeAll
  static void buildIndex() {
    library = TestLibrary.build(folder);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    library.close();
  }

  @Test
  void aProcessRunsItsShardAndPostsToAnotherShardsServerOverRestOnce() throws Exception {
    FakeDiscordSetup setup =
        FakeDiscordSetup.defaults().withOtherGuilds(List.of(ON_SHARD_0, ON_SHARD_1));
    MutableClock clock = new MutableClock(Instant.parse("2027-03-02T07:00:00Z"));
    try (FakeDiscord fake = FakeDiscord.start(setup);
        DailyWiring wiring = DailyWiring.build(library.answers(), dataFolder, clock)) {
      DiscordAdapter adapter = adapter(wiring.chat(), fake, DiscordSharding.of(2, 0, 0));
      try {
        adapter.start();
        assertThat(fake.connectedShards()).containsExactly(0);
        assertThat(
                fake.awaitGatewayPayload(p -> p.path("op").asInt() == 2, WAIT)
                    .path("d")
                    .path("shard")
                    .toString())
            .isEqualTo("[0,2]");
        List<ShardStatus> shards = adapter.shardStatuses();
        assertThat(shards).hasSize(1);
        assertThat(shards.get(0).id()).isZero();
        assertThat(shards.get(0).total()).isEqualTo(2);
        assertThat(shards.get(0).connected()).isTrue();
        long onShard0 = setup.guilds().stream().filter(g -> g.shard(2) == 0).count();
        assertThat(shards.get(0).servers()).isEqualTo(onShard0);

        fake.dispatchGuildMention(ON_SHARD_0, ON_SHARD_0.member(), TestLibrary.BORDER_WAR_QUESTION);
        RestCall answer =
            fake.awaitRequest(
                c ->
                    c.is("POST", "/channels/{channel}/messages")
                        && c.path().contains(Long.toUnsignedString(ON_SHARD_0.textChannelId())),
                WAIT);
        assertThat(answer.status()).isEqualTo(200);

        DayCard card = wiring.chat().dayCard(MonthDay.of(3, 2), 20);
        ChatPlace elsewhere =
            new ChatPlace(
                Platform.DISCORD,
                Long.toUnsignedString(ON_SHARD_1.id()),
                Long.toUnsignedString(ON_SHARD_1.textChannelId()));
        assertThat(adapter.poster().post(elsewhere, card, "7-20270302"))
            .isInstanceOf(PostOutcome.Sent.class);
        assertThat(adapter.poster().post(elsewhere, card, "7-20270302"))
            .as("sent again, as a process taking over a post in flight does")
            .isInstanceOf(PostOutcome.Sent.class);
        List<RestCall> posts =
            fake.requests().stream()
                .filter(c -> c.is("POST", "/channels/{channel}/messages"))
                .filter(c -> c.path().contains(Long.toUnsignedString(ON_SHARD_1.textChannelId())))
                .toList();
        assertThat(posts).hasSize(2).allMatch(c -> c.status() == 200);
        assertThat(posts.get(0).text("/nonce")).isEqualTo("7-20270302");
        assertThat(posts.get(0).json().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(posts.get(0).text("/embeds/0/title")).isEqualTo("On this day: March 2");
        DiscordAdapterTest.assertNoMentionAllowed(posts.get(0).json());
        assertThat(fake.botMessagesIn(ON_SHARD_1.textChannelId()))
            .as("Discord drops the repeated nonce")
            .hasSize(1);

        ChatPlace gone =
            new ChatPlace(Platform.DISCORD, Long.toUnsignedString(ON_SHARD_1.id()), "404404");
        assertThat(adapter.poster().post(gone, card, "8-20270302"))
            .isInstanceOf(PostOutcome.Gone.class);
      } finally {
        adapter.close();
      }
    }
  }

  @Test
  void autoRunsEveryShardTheGatewayRecommends() throws Exception {
    FakeDiscordSetup setup =
        FakeDiscordSetup.defaults()
            .withOtherGuilds(List.of(ON_SHARD_0, ON_SHARD_1))
            .withRecommendedShards(2);
    MutableClock clock = new MutableClock(Instant.parse("2027-03-02T07:00:00Z"));
    try (FakeDiscord fake = FakeDiscord.start(setup);
        DailyWiring wiring = DailyWiring.build(library.answers(), dataFolder, clock)) {
      DiscordAdapter adapter = adapter(wiring.chat(), fake, DiscordSharding.recommended());
      try {
        adapter.start();
        assertThat(fake.connectedShards()).containsExactly(0, 1);
        assertThat(adapter.shardStatuses()).extracting(ShardStatus::id).containsExactly(0, 1);
        assertThat(adapter.shardStatuses()).allMatch(ShardStatus::connected);
        fake.dispatchGuildMention(ON_SHARD_1, ON_SHARD_1.member(), TestLibrary.BORDER_WAR_QUESTION);
        fake.awaitRequest(
            c ->
                c.is("POST", "/channels/{channel}/messages")
                    && c.path().contains(Long.toUnsignedString(ON_SHARD_1.textChannelId())),
            WAIT);
      } finally {
        adapter.close();
      }
    }
  }

  private static DiscordAdapter adapter(
      ChatService chat, FakeDiscord fake, DiscordSharding sharding) {
    return new DiscordAdapter(
        chat,
        fake.token(),
        DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()),
        sharding,
        Duration.ofSeconds(20),
        Backoff.standard());
  }
}
