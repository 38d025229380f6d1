package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Backoff;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizCard;
import dev.hotline.daily.PostOutcome;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import dev.hotline.discord.fake.FakeGuild;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.testing.BundledIndex;
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
 * or a daily quiz to another shard's server over REST, once per key, showing the quiz's answer
 * there over REST too.
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

  /**
   * A daily quiz for another shard's server, as a process taking it over makes it: posted over
   * REST, and its answer shown over REST in that message when its time is up. Sent again with its
   * key and a new round (the process before died before it could say Discord took the quiz),
   * Discord returns the first message, and the round named for it stays the one it shows.
   */
  @Test
  void aQuizForAnotherShardsServerIsPostedAndRevealedOverRest() throws Exception {
    FakeDiscordSetup setup =
        FakeDiscordSetup.defaults().withOtherGuilds(List.of(ON_SHARD_0, ON_SHARD_1));
    MutableClock clock = new MutableClock(Instant.parse("2027-03-02T07:00:00Z"));
    try (FakeDiscord fake = FakeDiscord.start(setup);
        DailyWiring wiring = DailyWiring.build(BundledIndex.bundled(), dataFolder, clock)) {
      DiscordAdapter adapter = adapter(wiring.chat(), fake, DiscordSharding.of(2, 0, 0));
      try {
        adapter.start();
        wiring.quizzes().register(Platform.DISCORD, adapter.quizRevealer());
        SqlQuizStore rounds = new SqlQuizStore(wiring.database());
        String channel = Long.toUnsignedString(ON_SHARD_1.textChannelId());
        ChatPlace elsewhere =
            new ChatPlace(Platform.DISCORD, Long.toUnsignedString(ON_SHARD_1.id()), channel);

        QuizCard first =
            wiring.quizzes().openDaily(wiring.quizzes().planDaily(elsewhere).orElseThrow());
        assertThat(adapter.quizPoster().post(elsewhere, first, "9-20270302"))
            .isInstanceOf(PostOutcome.Sent.class);
        RestCall post =
            fake.awaitRequest(
                c -> c.is("POST", "/channels/{channel}/messages") && c.path().contains(channel),
                WAIT);
        assertThat(post.text("/nonce")).isEqualTo("9-20270302");
        assertThat(post.text("/embeds/0/title")).isEqualTo("Daily quiz");
        assertThat(post.json().at("/components/0/components")).hasSize(4);
        String ref = rounds.round(first.roundId()).orElseThrow().ref().orElseThrow();
        assertThat(ref).startsWith("m:" + channel + "/");

        QuizCard second =
            wiring.quizzes().openDaily(wiring.quizzes().planDaily(elsewhere).orElseThrow());
        assertThat(adapter.quizPoster().post(elsewhere, second, "9-20270302"))
            .isInstanceOf(PostOutcome.Sent.class);
        assertThat(fake.botMessagesIn(ON_SHARD_1.textChannelId())).hasSize(1);
        assertThat(rounds.round(second.roundId()).orElseThrow().ref())
            .as("its quiz is not the one shown")
            .isEmpty();

        clock.set(rounds.round(second.roundId()).orElseThrow().revealAt());
        wiring.quizzes().revealDue();
        List<RestCall> edits =
            fake.requests().stream()
                .filter(c -> c.is("PATCH", "/channels/{channel}/messages/{message}"))
                .toList();
        assertThat(edits).singleElement();
        assertThat(edits.get(0).path())
            .isEqualTo("/channels/" + channel + "/messages/" + ref.substring(ref.indexOf('/') + 1));
        assertThat(edits.get(0).status()).isEqualTo(200);
        assertThat(edits.get(0).text("/embeds/0/title")).isEqualTo("Daily quiz — the answer");
        assertThat(edits.get(0).text("/embeds/0/description")).contains("Nobody answered.");
        DiscordAdapterTest.assertNoMentionAllowed(edits.get(0).json());
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
