package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeUser;
import dev.hotline.discord.fake.RestCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Questions through the real JDA and a real index: slash commands, mentions, DMs, buttons,
 * autocomplete.
 */
@Timeout(20)
class DiscordAdapterTest extends OnFakeDiscordTest {
  private static final int EPHEMERAL = 64;
  private static final int DEFERRED_REPLY = 5;
  private static final int UPDATE_MESSAGE = 7;

  @Test
  void registersItsCommandsWithSettingsHiddenFromMembers() {
    RestCall put = fake.awaitRequest("PUT", "/applications/{app}/commands", WAIT);

    JsonNode settings = command(put.json(), "settings");
    assertEquals("32", settings.path("default_member_permissions").asText(), "MANAGE_SERVER only");
    JsonNode ask = command(put.json(), "ask");
    assertTrue(
        ask.path("default_member_permissions").isNull()
            || ask.path("default_member_permissions").isMissingNode());
    assertTrue(ask.at("/options/0/autocomplete").asBoolean(), ask.toString());
    assertTrue(bot.adapter().connected());
  }

  @Test
  void askIsDeferredThenAnsweredWithTheDateAndTheSource() {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));

    RestCall deferral = fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
    assertEquals(DEFERRED_REPLY, deferral.json().path("type").asInt());
    assertEquals(0, deferral.json().at("/data/flags").asInt() & EPHEMERAL, "public by default");
    RestCall edit = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    assertTrue(edit.text("/embeds/0/title").contains("1969"), edit.toString());
    assertTrue(edit.text("/embeds/0/description").contains("**"), "the answering sentence is bold");
    assertTrue(
        edit.text("/embeds/0/fields/0/value").contains(TestLibrary.BORDER_WAR_TITLE),
        edit.toString());
    assertTrue(
        edit.text("/embeds/0/fields/0/value")
            .contains("https://example.org/sino-soviet-border-war"));
    assertTrue(edit.text("/embeds/0/footer/text").startsWith("Answer 1 of "), edit.toString());
    assertNoMentionAllowed(edit.json());
    assertEquals("Another answer", edit.text("/components/0/components/0/label"));
    assertEquals("Delete", edit.text("/components/0/components/1/label"));
  }

  @Test
  void privateAskIsDeferredAsEphemeral() {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION),
            CommandOption.bool("private", true));

    RestCall deferral = fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
    assertEquals(EPHEMERAL, deferral.json().at("/data/flags").asInt() & EPHEMERAL);
    RestCall edit = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    assertTrue(edit.text("/embeds/0/title").contains("1969"));
    assertEquals(
        1, edit.json().at("/components/0/components").size(), "no Delete on an ephemeral answer");
  }

  @Test
  void mentionIsAnsweredInItsChannel() {
    String question =
        fake.dispatchGuildMention(fake.guild().member(), TestLibrary.BORDER_WAR_QUESTION);

    RestCall reply =
        fake.awaitRequest("POST", "/channels/" + fake.guild().textChannelId() + "/messages", WAIT);
    assertEquals(200, reply.status());
    assertTrue(reply.text("/embeds/0/title").contains("1969"), reply.toString());
    assertTrue(reply.text("/embeds/0/fields/0/value").contains(TestLibrary.BORDER_WAR_TITLE));
    assertEquals(question, reply.text("/message_reference/message_id"));
    assertNoMentionAllowed(reply.json());
    assertFalse(
        reply.json().at("/allowed_mentions/replied_user").asBoolean(true),
        "the reply pings no one");
  }

  @Test
  void directMessageIsAnsweredInTheDirectChannel() {
    fake.dispatchDirectMessage(fake.guild().member(), TestLibrary.BORDER_WAR_QUESTION);

    RestCall reply =
        fake.awaitRequest(
            "POST", "/channels/" + fake.setup().directChannelId() + "/messages", WAIT);
    assertTrue(reply.text("/embeds/0/title").contains("1969"), reply.toString());
  }

  @Test
  void botsAndHotlineItselfAreIgnored() {
    fake.dispatchGuildMention(
        new FakeUser(1_500_000_000_000_000_001L, "echo-bot", true),
        TestLibrary.BORDER_WAR_QUESTION);
    fake.dispatchGuildMention(fake.bot(), TestLibrary.BORDER_WAR_QUESTION);
    String question =
        fake.dispatchGuildMention(fake.guild().member(), TestLibrary.BORDER_WAR_QUESTION);

    RestCall reply = fake.awaitRequest("POST", "/channels/{id}/messages", WAIT);
    assertEquals(
        question,
        reply.text("/message_reference/message_id"),
        "the person's question is the first answered");
    bot.close();
    assertEquals(
        1, fake.requests().stream().filter(c -> c.is("POST", "/channels/{id}/messages")).count());
  }

  @Test
  void anotherAnswerEditsTheMessageToTheNextAlternative() {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));
    RestCall first = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    String firstDescription = first.text("/embeds/0/description");
    JsonNode message = fake.originalMessage(sent).orElseThrow();
    String another = message.at("/components/0/components/0/custom_id").asText();

    DispatchedInteraction click =
        fake.dispatchButtonClick(fake.guild().member(), another, message.path("id").asText());

    RestCall update = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertEquals(UPDATE_MESSAGE, update.json().path("type").asInt());
    assertTrue(
        update.text("/data/embeds/0/footer/text").startsWith("Answer 2 of "), update.toString());
    assertFalse(
        firstDescription.equals(update.text("/data/embeds/0/description")), "a different passage");
    assertNoMentionAllowed(update.json().path("data"));
    JsonNode stored = fake.message(message.path("id").asText()).orElseThrow();
    assertTrue(stored.at("/embeds/0/footer/text").asText().startsWith("Answer 2 of "));
    assertEquals(
        another,
        stored.at("/components/0/components/0/custom_id").asText(),
        "the same alternatives");
  }

  @Test
  void theAskerMayDeleteTheAnswer() {
    JsonNode message = answerTo(TestLibrary.BORDER_WAR_QUESTION);
    String delete = message.at("/components/0/components/1/custom_id").asText();

    DispatchedInteraction click =
        fake.dispatchButtonClick(fake.guild().member(), delete, message.path("id").asText());

    RestCall deletion = fake.awaitRequest(c -> c.is("DELETE", click.originalMessagePath()), WAIT);
    assertEquals(204, deletion.status());
    assertTrue(fake.message(message.path("id").asText()).isEmpty());
  }

  @Test
  void someoneElseMayNotDeleteTheAnswer() {
    JsonNode message = answerTo(TestLibrary.BORDER_WAR_QUESTION);
    String delete = message.at("/components/0/components/1/custom_id").asText();
    FakeUser visitor = new FakeUser(1_300_000_000_000_000_009L, "visitor", false);

    DispatchedInteraction click =
        fake.dispatchButtonClick(visitor, delete, message.path("id").asText());

    RestCall refusal = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertEquals(4, refusal.json().path("type").asInt(), "a reply, not an update");
    assertEquals(EPHEMERAL, refusal.json().at("/data/flags").asInt() & EPHEMERAL);
    assertEquals("Not yours to delete", refusal.text("/data/embeds/0/title"));
    assertTrue(fake.message(message.path("id").asText()).isPresent());
  }

  @Test
  void aModeratorMayDeleteSomeoneElsesAnswer() {
    JsonNode message = answerTo(TestLibrary.BORDER_WAR_QUESTION);
    String delete = message.at("/components/0/components/1/custom_id").asText();

    DispatchedInteraction click =
        fake.dispatchButtonClick(fake.guild().admin(), delete, message.path("id").asText());

    fake.awaitRequest(c -> c.is("DELETE", click.originalMessagePath()), WAIT);
    assertTrue(fake.message(message.path("id").asText()).isEmpty());
  }

  @Test
  void autocompleteOffersArticleTitles() {
    DispatchedInteraction sent =
        fake.dispatchAutocomplete(
            fake.guild().member(), "ask", CommandOption.string("question", "border"));

    RestCall callback = fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
    assertEquals(
        8, callback.json().path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
    assertEquals(1, callback.json().at("/data/choices").size(), callback.toString());
    assertEquals(TestLibrary.BORDER_WAR_TITLE, callback.text("/data/choices/0/name"));
    assertEquals(TestLibrary.BORDER_WAR_TITLE, callback.text("/data/choices/0/value"));
  }

  @Test
  void onThisDayListsTheDaysEvents() {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(), "onthisday", CommandOption.string("date", "03-02"));

    RestCall edit = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    assertEquals("On this day: March 2", edit.text("/embeds/0/title"), edit.toString());
    assertTrue(edit.text("/embeds/0/fields/0/name").contains("1969-03-02"), edit.toString());
  }

  @Test
  void helpIsAnsweredAtOnceAndPrivately() {
    DispatchedInteraction sent = fake.dispatchSlashCommand(fake.guild().member(), "help");

    RestCall reply = fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
    assertEquals(4, reply.json().path("type").asInt(), "no deferral for what takes no time");
    assertEquals(EPHEMERAL, reply.json().at("/data/flags").asInt() & EPHEMERAL);
    assertEquals("Hotline commands", reply.text("/data/embeds/0/title"));
    assertNoMentionAllowed(reply.json().path("data"));
  }

  @Test
  void blankQuestionGetsAShortReplyInPlaceNotADirectMessage() {
    String question = fake.dispatchGuildMention(fake.guild().member(), "   ");

    RestCall reply =
        fake.awaitRequest("POST", "/channels/" + fake.guild().textChannelId() + "/messages", WAIT);
    assertEquals("Ask me something", reply.text("/embeds/0/title"), reply.toString());
    assertEquals(question, reply.text("/message_reference/message_id"));
    bot.close();
    assertTrue(
        fake.requests().stream().noneMatch(c -> c.is("POST", "/users/@me/channels")),
        "no direct message is opened");
  }

  private static JsonNode command(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("No command " + name + " in " + commands);
  }

  static void assertNoMentionAllowed(JsonNode body) {
    JsonNode parse = body.at("/allowed_mentions/parse");
    assertTrue(parse.isArray() && parse.isEmpty(), "allowed_mentions must allow nothing: " + body);
    assertTrue(
        body.at("/allowed_mentions/users").isMissingNode()
            || body.at("/allowed_mentions/users").isEmpty());
    assertTrue(
        body.at("/allowed_mentions/roles").isMissingNode()
            || body.at("/allowed_mentions/roles").isEmpty());
  }
}
