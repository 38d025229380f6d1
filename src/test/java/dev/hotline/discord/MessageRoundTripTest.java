package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MessageRoundTripTest {

  @Test
  void mentionInTheGuildIsAnsweredInItsChannel() {
    var mention =
        new OnEvent<>(
            MessageReceivedEvent.class,
            event ->
                event
                    .getChannel()
                    .sendMessage("Détente began in the late 1960s.")
                    .setMessageReference(event.getMessage())
                    .submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(mention)) {
      FakeDiscord fake = bot.fake();
      String questionId =
          fake.dispatchGuildMention(fake.guild().member(), "When did détente begin?");

      MessageReceivedEvent event = mention.await(WAIT);
      assertTrue(event.isFromGuild());
      assertTrue(event.getMessage().getMentions().isMentioned(bot.jda().getSelfUser()));
      assertTrue(event.getMessage().getContentRaw().endsWith("When did détente begin?"));
      RestCall reply =
          fake.awaitRequest(
              "POST", "/channels/" + fake.guild().textChannelId() + "/messages", WAIT);
      assertEquals("Détente began in the late 1960s.", reply.text("/content"));
      assertEquals(questionId, reply.text("/message_reference/message_id"));
      assertFalse(
          reply.json().at("/allowed_mentions/replied_user").asBoolean(true),
          "a reply pings nobody");
      Message sent = (Message) mention.outcome(WAIT);
      assertEquals("Détente began in the late 1960s.", sent.getContentRaw());
    }
  }

  @Test
  void directMessageIsAnsweredInTheDmChannel() {
    var direct =
        new OnEvent<>(
            MessageReceivedEvent.class,
            event -> event.getChannel().sendMessage("The Marshall Plan started in 1948.").submit());
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(direct)) {
      FakeDiscord fake = bot.fake();
      fake.dispatchDirectMessage(fake.guild().member(), "Marshall Plan?");

      MessageReceivedEvent event = direct.await(WAIT);
      assertFalse(event.isFromGuild());
      assertEquals("Marshall Plan?", event.getMessage().getContentRaw());
      assertEquals(fake.guild().member().id(), event.getAuthor().getIdLong());
      RestCall reply =
          fake.awaitRequest(
              "POST", "/channels/" + fake.setup().directChannelId() + "/messages", WAIT);
      assertEquals("The Marshall Plan started in 1948.", reply.text("/content"));
    }
  }

  @Test
  void filesGoAsMultipartWithTheMessageInPayloadJson() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      FakeDiscord fake = bot.fake();
      byte[] csv = "year,event\n1961,Berlin Wall\n".getBytes(StandardCharsets.UTF_8);
      Message sent =
          bot.jda()
              .getTextChannelById(fake.guild().textChannelId())
              .sendMessage("Timeline attached")
              .addFiles(FileUpload.fromData(csv, "timeline.csv"))
              .complete();

      RestCall call = fake.awaitRequest("POST", "/channels/{id}/messages", WAIT);
      assertEquals("Timeline attached", call.text("/content"));
      assertEquals(1, call.files().size());
      assertEquals("timeline.csv", call.files().getFirst().filename());
      assertEquals(
          new String(csv, StandardCharsets.UTF_8),
          new String(call.files().getFirst().content(), StandardCharsets.UTF_8));
      assertEquals("timeline.csv", sent.getAttachments().getFirst().getFileName());
      assertEquals(csv.length, sent.getAttachments().getFirst().getSize());
    }
  }

  @Test
  void editAndDeleteOfTheBotsMessageAreRecorded() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      FakeDiscord fake = bot.fake();
      Message sent =
          bot.jda()
              .getTextChannelById(fake.guild().textChannelId())
              .sendMessage("Draft")
              .complete();
      Message edited = sent.editMessage("Final").complete();
      edited.delete().complete();

      assertEquals("Final", edited.getContentRaw());
      assertTrue(edited.isEdited());
      RestCall edit = fake.awaitRequest("PATCH", "/channels/{c}/messages/" + sent.getId(), WAIT);
      assertEquals("Final", edit.text("/content"));
      assertEquals(
          204,
          fake.awaitRequest("DELETE", "/channels/{c}/messages/" + sent.getId(), WAIT).status());
      assertTrue(fake.message(sent.getId()).isEmpty());
    }
  }
}
