package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.chat.ServerSettings;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.RestCall;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * /settings through the real JDA: who may change what, and what a change does to later questions.
 */
@Timeout(20)
class DiscordSettingsTest extends OnFakeDiscordTest {
  private static final int EPHEMERAL = 64;
  private static final long OTHER_CHANNEL = 1_200_000_000_000_000_099L;

  @Test
  void aMemberWithoutTheRightCannotChangeSettings() {
    RestCall reply =
        command(
            fake.guild().member(),
            "settings",
            CommandOption.subcommand(
                "cooldown",
                CommandOption.integer("user-seconds", 0),
                CommandOption.integer("channel-seconds", 0)));
    assertEquals("Moderators only", reply.text("/data/embeds/0/title"), reply.toString());
    assertEquals(EPHEMERAL, reply.json().at("/data/flags").asInt() & EPHEMERAL);
    assertEquals(ServerSettings.defaults(), bot.chat().settingsOf(bot.textChannel()));
  }

  @Test
  void anAdminChangesCooldowns() {
    RestCall reply =
        command(
            fake.guild().admin(),
            "settings",
            CommandOption.subcommand(
                "cooldown",
                CommandOption.integer("user-seconds", 0),
                CommandOption.integer("channel-seconds", 30)));
    assertEquals("Hotline settings", reply.text("/data/embeds/0/title"), reply.toString());
    ServerSettings settings = bot.chat().settingsOf(bot.textChannel());
    assertEquals(0, settings.userCooldownSeconds());
    assertEquals(30, settings.channelCooldownSeconds());
  }

  @Test
  void anAdminChoosesAChannelFromTheSubcommandGroup() {
    command(
        fake.guild().admin(),
        "settings",
        CommandOption.group(
            "channel",
            CommandOption.subcommand("allow", CommandOption.channel("channel", OTHER_CHANNEL))));
    assertEquals(
        Set.of(Long.toUnsignedString(OTHER_CHANNEL)),
        bot.chat().settingsOf(bot.textChannel()).allowedChannels());
  }

  @Test
  void allowWithoutAChannelMeansThisOne() {
    command(
        fake.guild().admin(),
        "settings",
        CommandOption.group("channel", CommandOption.subcommand("allow")));
    assertEquals(
        Set.of(bot.textChannel().channelId()),
        bot.chat().settingsOf(bot.textChannel()).allowedChannels());
  }

  @Test
  void visibilityAndModeratorRoleAreSet() {
    fake.dispatchSlashCommand(
        fake.guild().admin(),
        "settings",
        CommandOption.subcommand("visibility", CommandOption.string("mode", "private")));
    DispatchedInteraction role =
        fake.dispatchSlashCommand(
            fake.guild().admin(),
            "settings",
            CommandOption.subcommand(
                "moderator-role", CommandOption.role("role", fake.guild().adminRoleId())));

    fake.awaitRequest(c -> c.is("POST", role.callbackPath()), WAIT);
    ServerSettings settings = bot.chat().settingsOf(bot.textChannel());
    assertTrue(settings.privateAnswers());
    assertEquals(Long.toUnsignedString(fake.guild().adminRoleId()), settings.moderatorRole());
  }

  @Test
  void privateAnswersSettingMakesTheAskEphemeral() {
    DispatchedInteraction setting =
        fake.dispatchSlashCommand(
            fake.guild().admin(),
            "settings",
            CommandOption.subcommand("visibility", CommandOption.string("mode", "private")));
    fake.awaitRequest(c -> c.is("POST", setting.callbackPath()), WAIT);

    DispatchedInteraction ask =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));

    RestCall deferral = fake.awaitRequest(c -> c.is("POST", ask.callbackPath()), WAIT);
    assertEquals(EPHEMERAL, deferral.json().at("/data/flags").asInt() & EPHEMERAL);
    assertTrue(
        fake.awaitRequest(c -> c.is("PATCH", ask.originalMessagePath()), WAIT)
            .text("/embeds/0/title")
            .contains("1969"));
  }

  @Test
  void aRefusalAfterAPublicPlaceholderGoesToTheAskerAlone() {
    DispatchedInteraction setting =
        fake.dispatchSlashCommand(
            fake.guild().admin(),
            "settings",
            CommandOption.group(
                "channel",
                CommandOption.subcommand(
                    "allow", CommandOption.channel("channel", OTHER_CHANNEL))));
    fake.awaitRequest(c -> c.is("POST", setting.callbackPath()), WAIT);

    DispatchedInteraction ask =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));

    RestCall deferral = fake.awaitRequest(c -> c.is("POST", ask.callbackPath()), WAIT);
    assertEquals(
        0, deferral.json().at("/data/flags").asInt() & EPHEMERAL, "expected a public answer");
    assertEquals(
        204, fake.awaitRequest(c -> c.is("DELETE", ask.originalMessagePath()), WAIT).status());
    RestCall followup = fake.awaitRequest(c -> c.is("POST", ask.followupPath()), WAIT);
    assertEquals(EPHEMERAL, followup.json().path("flags").asInt() & EPHEMERAL, followup.toString());
    assertEquals("Not in this channel", followup.text("/embeds/0/title"));
    DiscordAdapterTest.assertNoMentionAllowed(followup.json());
  }
}
