package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class InteractionRoundTripTest {

  @Test
  void slashCommandIsDeferredThenAnsweredWithAnEmbed() {
    var command =
        new OnEvent<>(
            SlashCommandInteractionEvent.class,
            event -> {
              event.deferReply().queue();
              return event
                  .getHook()
                  .editOriginalEmbeds(
                      new EmbedBuilder()
                          .setTitle("Cuban Missile Crisis")
                          .setDescription(
                              "13 days in October 1962: "
                                  + event.getOption("question").getAsString())
                          .build())
                  .setAllowedMentions(DiscordConnection.noMentions())
                  .submit();
            });
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      FakeDiscord fake = bot.fake();
      DispatchedInteraction sent =
          fake.dispatchSlashCommand(
              fake.guild().member(),
              "ask",
              CommandOption.string("question", "How long did it last?"));

      SlashCommandInteractionEvent event = command.await(WAIT);
      assertEquals("ask", event.getName());
      assertEquals("How long did it last?", event.getOption("question").getAsString());
      assertEquals(fake.guild().member().id(), event.getUser().getIdLong());
      assertEquals(fake.guild().textChannelId(), event.getChannel().getIdLong());

      RestCall deferral = fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
      assertEquals(5, deferral.json().path("type").asInt(), "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
      RestCall edit = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
      assertEquals(200, edit.status());
      assertEquals("Cuban Missile Crisis", edit.text("/embeds/0/title"));
      assertEquals(
          "13 days in October 1962: How long did it last?", edit.text("/embeds/0/description"));
      Message answer = (Message) command.outcome(WAIT);
      assertEquals("Cuban Missile Crisis", answer.getEmbeds().getFirst().getTitle());
    }
  }

  @Test
  void slashCommandFromAnAdminCarriesAdminPermissions() {
    var command = OnEvent.recording(SlashCommandInteractionEvent.class);
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      bot.fake().dispatchSlashCommand(bot.fake().guild().admin(), "reindex");

      SlashCommandInteractionEvent event = command.await(WAIT);
      assertTrue(event.getMember().hasPermission(Permission.ADMINISTRATOR));
    }
  }

  @Test
  void registeredCommandsGetIdsThatLaterInteractionsCarry() {
    var command = OnEvent.recording(SlashCommandInteractionEvent.class);
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      List<Command> registered =
          bot.jda()
              .updateCommands()
              .addCommands(
                  Commands.slash("ask", "Ask about the Cold War")
                      .addOption(OptionType.STRING, "question", "Your question", true, true))
              .complete();

      RestCall put = bot.fake().awaitRequest("PUT", "/applications/{app}/commands", WAIT);
      assertEquals("ask", put.text("/0/name"));
      assertEquals(1, registered.size());
      bot.fake()
          .dispatchSlashCommand(
              bot.fake().guild().member(), "ask", CommandOption.string("question", "?"));
      assertEquals(registered.getFirst().getIdLong(), command.await(WAIT).getCommandIdLong());
    }
  }

  @Test
  void autocompleteIsAnsweredWithChoices() {
    var autocomplete =
        new OnEvent<>(
            CommandAutoCompleteInteractionEvent.class,
            event ->
                event
                    .replyChoiceStrings(
                        event.getFocusedOption().getValue() + " 1961",
                        event.getFocusedOption().getValue() + " 1962")
                    .submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(autocomplete)) {
      DispatchedInteraction sent =
          bot.fake()
              .dispatchAutocomplete(
                  bot.fake().guild().member(), "ask", CommandOption.string("question", "Berlin"));

      assertEquals("question", autocomplete.await(WAIT).getFocusedOption().getName());
      RestCall callback = bot.fake().awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
      assertEquals(
          8, callback.json().path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
      assertEquals("Berlin 1961", callback.text("/data/choices/0/name"));
    }
  }

  @Test
  void buttonClickEditsTheMessageItIsOn() {
    var click =
        new OnEvent<>(
            ButtonInteractionEvent.class,
            event ->
                event
                    .editMessage("Sources: CIA, KGB archives")
                    .setComponents(ActionRow.of(Button.secondary("sources:less", "Less")))
                    .setAllowedMentions(DiscordConnection.noMentions())
                    .submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(click)) {
      DispatchedInteraction sent =
          bot.fake().dispatchButtonClick(bot.fake().guild().member(), "sources:more");

      ButtonInteractionEvent event = click.await(WAIT);
      assertEquals("sources:more", event.getComponentId());
      assertEquals(sent.messageId(), event.getMessage().getIdLong());
      RestCall update = bot.fake().awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
      assertEquals(7, update.json().path("type").asInt(), "UPDATE_MESSAGE");
      assertEquals("Sources: CIA, KGB archives", update.text("/data/content"));
      JsonNode stored = bot.fake().message(Long.toUnsignedString(sent.messageId())).orElseThrow();
      assertEquals("Sources: CIA, KGB archives", stored.path("content").asText());
      assertEquals("sources:less", stored.at("/components/0/components/0/custom_id").asText());
    }
  }

  @Test
  void buttonOnAMessageTheBotPostedReachesTheBot() {
    var click = new OnEvent<>(ButtonInteractionEvent.class, event -> event.deferEdit().submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(click)) {
      Message posted =
          bot.jda()
              .getTextChannelById(bot.fake().guild().textChannelId())
              .sendMessage("The Berlin Wall went up in August 1961.")
              .setComponents(ActionRow.of(Button.primary("more:berlin", "More")))
              .complete();

      DispatchedInteraction sent =
          bot.fake().dispatchButtonClick(bot.fake().guild().admin(), "more:berlin", posted.getId());
      ButtonInteractionEvent event = click.await(WAIT);
      assertEquals("The Berlin Wall went up in August 1961.", event.getMessage().getContentRaw());
      assertNotNull(event.getButton());
      RestCall callback = bot.fake().awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
      assertEquals(6, callback.json().path("type").asInt(), "DEFERRED_UPDATE_MESSAGE");
    }
  }
}
