package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bot must never ping: a question can carry "@everyone", and the answer may quote it. */
@Timeout(10)
class SilentMentionsTest {
  private static final String QUOTE = "@everyone <@1300000000000000001> the Wall is down!";

  @Test
  void sentMessageAllowsNoMentions() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      FakeDiscord fake = bot.fake();
      Message sent =
          bot.jda().getTextChannelById(fake.guild().textChannelId()).sendMessage(QUOTE).complete();

      RestCall call = fake.awaitRequest("POST", "/channels/{id}/messages", WAIT);
      assertEquals(0, call.json().at("/allowed_mentions/parse").size(), call.toString());
      assertFalse(
          sent.getMentions().mentionsEveryone(), "Discord, as the fake plays it, pings nobody");
      assertTrue(sent.getMentions().getUsers().isEmpty());
    }
  }

  @Test
  void editOfADeferredReplyAllowsNoMentionsWhenSetExplicitly() {
    var command = OnEvent.deferredEdit(QUOTE);
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      DispatchedInteraction sent =
          bot.fake().dispatchSlashCommand(bot.fake().guild().member(), "ask");

      Message answer = (Message) command.outcome(WAIT);
      RestCall edit = bot.fake().awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
      JsonNode parse = edit.json().at("/allowed_mentions/parse");
      assertTrue(parse.isArray() && parse.isEmpty(), edit.toString());
      assertFalse(answer.getMentions().mentionsEveryone());
    }
  }

  /**
   * Documents the trap: JDA's global default does not reach edits, hence the explicit setting
   * above.
   */
  @Test
  void editWithoutExplicitMentionsCarriesNoAllowedMentions() {
    var command =
        new OnEvent<>(
            SlashCommandInteractionEvent.class,
            event -> {
              event.deferReply().queue();
              return event.getHook().editOriginal(QUOTE).submit();
            });
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      DispatchedInteraction sent =
          bot.fake().dispatchSlashCommand(bot.fake().guild().member(), "ask");

      Message answer = (Message) command.outcome(WAIT);
      RestCall edit = bot.fake().awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
      assertTrue(edit.json().path("allowed_mentions").isMissingNode(), edit.toString());
      assertTrue(
          answer.getMentions().mentionsEveryone(),
          "without allowed_mentions Discord would ping everyone");
    }
  }

  @Test
  void replyToAnInteractionAllowsNoMentions() {
    var command =
        new OnEvent<>(SlashCommandInteractionEvent.class, event -> event.reply(QUOTE).submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      DispatchedInteraction sent =
          bot.fake().dispatchSlashCommand(bot.fake().guild().member(), "ask");

      command.await(WAIT);
      RestCall reply = bot.fake().awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
      assertEquals(4, reply.json().path("type").asInt(), "CHANNEL_MESSAGE_WITH_SOURCE");
      assertEquals(0, reply.json().at("/data/allowed_mentions/parse").size(), reply.toString());
      JsonNode stored = bot.fake().originalMessage(sent).orElseThrow();
      assertEquals(QUOTE, stored.path("content").asText());
      assertFalse(stored.path("mention_everyone").asBoolean());
    }
  }
}
