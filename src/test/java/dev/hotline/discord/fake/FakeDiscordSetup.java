package dev.hotline.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FakeDiscord} serves: the token it accepts, the bot's user, its guild (and any
 * others, for sharding), the DM channel, the heartbeat pace and the shard count {@code GET
 * /gateway/bot} recommends.
 */
public record FakeDiscordSetup(
    String token,
    FakeUser bot,
    FakeGuild guild,
    List<FakeGuild> otherGuilds,
    long directChannelId,
    Duration heartbeatInterval,
    int recommendedShards) {

  public FakeDiscordSetup {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(bot, "bot");
    Objects.requireNonNull(guild, "guild");
    otherGuilds = List.copyOf(otherGuilds);
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    if (!bot.bot()) {
      throw new IllegalArgumentException("The bot's user must be a bot: " + bot);
    }
  }

  /**
   * The standard guild, and Discord's own heartbeat interval, which keeps heartbeats out of short
   * tests.
   */
  public static FakeDiscordSetup defaults() {
    return new FakeDiscordSetup(
        "fake-bot-token",
        new FakeUser(1_100_000_000_000_000_001L, "Hotline", true),
        FakeGuild.standard(),
        List.of(),
        1_400_000_000_000_000_001L,
        Duration.ofMillis(41_250),
        1);
  }

  public FakeDiscordSetup withGuild(FakeGuild newGuild) {
    return new FakeDiscordSetup(
        token, bot, newGuild, otherGuilds, directChannelId, heartbeatInterval, recommendedShards);
  }

  /** Serves these guilds besides the standard one, e.g. one per shard. */
  public FakeDiscordSetup withOtherGuilds(List<FakeGuild> guilds) {
    return new FakeDiscordSetup(
        token, bot, guild, guilds, directChannelId, heartbeatInterval, recommendedShards);
  }

  /** {@code GET /gateway/bot} recommends this many shards. */
  public FakeDiscordSetup withRecommendedShards(int shards) {
    return new FakeDiscordSetup(
        token, bot, guild, otherGuilds, directChannelId, heartbeatInterval, shards);
  }

  public FakeDiscordSetup withHeartbeatInterval(Duration interval) {
    return new FakeDiscordSetup(
        token, bot, guild, otherGuilds, directChannelId, interval, recommendedShards);
  }

  public FakeDiscordSetup withToken(String newToken) {
    return new FakeDiscordSetup(
        newToken, bot, guild, otherGuilds, directChannelId, heartbeatInterval, recommendedShards);
  }

  /** Every guild the bot is in, the standard one first. */
  public List<FakeGuild> guilds() {
    List<FakeGuild> all = new ArrayList<>();
    all.add(guild);
    all.addAll(otherGuilds);
    return all;
  }

  /** The guild whose text channel this is, if any. */
  Optional<FakeGuild> guildOfChannel(long channelId) {
    return guilds().stream().filter(g -> g.textChannelId() == channelId).findFirst();
  }

  /** Discord gives a bot's application the bot user's id. */
  public long applicationId() {
    return bot.id();
  }
}
