package dev.hotline.discord.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FakeDiscord} serves: the token it accepts, the bot's user, its guild, the DM
 * channel and the heartbeat pace.
 */
public record FakeDiscordSetup(
    String token, FakeUser bot, FakeGuild guild, long directChannelId, Duration heartbeatInterval) {

  public FakeDiscordSetup {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(bot, "bot");
    Objects.requireNonNull(guild, "guild");
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
        1_400_000_000_000_000_001L,
        Duration.ofMillis(41_250));
  }

  public FakeDiscordSetup withGuild(FakeGuild newGuild) {
    return new FakeDiscordSetup(token, bot, newGuild, directChannelId, heartbeatInterval);
  }

  public FakeDiscordSetup withHeartbeatInterval(Duration interval) {
    return new FakeDiscordSetup(token, bot, guild, directChannelId, interval);
  }

  public FakeDiscordSetup withToken(String newToken) {
    return new FakeDiscordSetup(newToken, bot, guild, directChannelId, heartbeatInterval);
  }

  /** Discord gives a bot's application the bot user's id. */
  public long applicationId() {
    return bot.id();
  }
}
