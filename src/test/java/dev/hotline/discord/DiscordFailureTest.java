package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.RestCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Discord can throw at the adapter: rate limits, lost permissions, expired interactions,
 * "@everyone".
 */
@Timeout(20)
class DiscordFailureTest extends OnFakeDiscordTest {
  private static final String EDIT_ROUTE = "/webhooks/{app}/{token}/messages/{message}";

  @Test
  void aPassageQuotingEveryoneGoesOutWithNoMentionAllowed() {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.WALL_QUESTION));

    RestCall edit = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
    assertTrue(edit.text("/embeds/0/description").contains("@everyone"), edit.toString());
    DiscordAdapterTest.assertNoMentionAllowed(edit.json());
    bot.close();
    JsonNode stored = fake.originalMessage(sent).orElseThrow();
    assertFalse(stored.path("mention_everyone").asBoolean(), "Discord would ping no one");
  }

  @Test
  void aMentionedPassageQuotingEveryoneGoesOutWithNoMentionAllowed() {
    fake.dispatchGuildMention(fake.guild().member(), TestLibrary.WALL_QUESTION);

    RestCall reply = fake.awaitRequest("POST", "/channels/{id}/messages", WAIT);
    assertTrue(reply.text("/embeds/0/description").contains("@everyone"), reply.toString());
    DiscordAdapterTest.assertNoMentionAllowed(reply.json());
  }

  @Test
  void a429IsWaitedOutAsDiscordSaysThenRetried() {
    Duration retryAfter = Duration.ofMillis(600);
    fake.rateLimitNext("PATCH", EDIT_ROUTE, 1, retryAfter);
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(),
            "ask",
            CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));

    long start = System.nanoTime();
    RestCall accepted =
        fake.awaitRequest(
            c -> c.is("PATCH", sent.originalMessagePath()) && c.status() == 200, WAIT);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(accepted.text("/embeds/0/title").contains("1969"));
    List<Integer> statuses =
        fake.requests().stream()
            .filter(c -> c.is("PATCH", sent.originalMessagePath()))
            .map(RestCall::status)
            .toList();
    assertEquals(List.of(429, 200), statuses);
    assertTrue(
        took.compareTo(retryAfter) >= 0,
        "retried after " + took + ", before Discord's " + retryAfter);
  }

  @Test
  void lostPermissionIsLoggedWithGuildAndChannelAndTheChannelReportedGone()
      throws InterruptedException {
    try (LogCapture log = LogCapture.of(DiscordFailures.class)) {
      fake.failNext("POST", "/channels/{id}/messages", 1, 403, 50013, "Missing Permissions");
      fake.dispatchGuildMention(fake.guild().member(), TestLibrary.BORDER_WAR_QUESTION);

      RecordingLifecycle.Gone gone = bot.lifecycle().awaitGone(WAIT);
      assertEquals(bot.textChannel(), gone.place());
      assertTrue(gone.reason().contains("50013"), gone.reason());
      ILoggingEvent entry = log.await(e -> e.getFormattedMessage().contains("50013"), WAIT);
      assertEquals(Level.WARN, entry.getLevel());
      assertTrue(
          entry.getFormattedMessage().contains(Long.toUnsignedString(fake.guild().id())),
          entry.getFormattedMessage());
      assertTrue(
          entry
              .getFormattedMessage()
              .contains(Long.toUnsignedString(fake.guild().textChannelId())));
      assertNull(entry.getThrowableProxy(), "an expected refusal logs no stack trace");
      assertFalse(entry.getFormattedMessage().contains(fake.token()), "the token is never logged");
    }
  }

  @Test
  void anExpiredInteractionIsLoggedAndNothingIsReportedGone() throws InterruptedException {
    try (LogCapture log = LogCapture.of(DiscordFailures.class)) {
      fake.failNext(
          "POST", "/interactions/{id}/{token}/callback", 1, 404, 10062, "Unknown interaction");
      fake.dispatchSlashCommand(fake.guild().member(), "help");

      ILoggingEvent entry = log.await(e -> e.getFormattedMessage().contains("10062"), WAIT);
      assertEquals(Level.WARN, entry.getLevel());
      assertTrue(
          entry
              .getFormattedMessage()
              .contains(Long.toUnsignedString(fake.guild().textChannelId())));
      assertNull(entry.getThrowableProxy());
      bot.close();
      assertTrue(bot.lifecycle().gone().isEmpty(), "an interaction works without channel rights");
    }
  }

  @Test
  void aBrokenButtonGetsAClearPrivateMessage() {
    DispatchedInteraction click =
        fake.dispatchButtonClick(fake.guild().member(), "some-other-bot:42");

    RestCall reply = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertEquals("This button no longer works", reply.text("/data/embeds/0/title"));
    assertEquals(64, reply.json().at("/data/flags").asInt() & 64);
  }

  @Test
  void anExpiredAnswerTokenGetsAClearPrivateMessage() {
    DispatchedInteraction click =
        fake.dispatchButtonClick(
            fake.guild().member(),
            ButtonIds.another("zzzzzzzzzz", fake.guild().member().idString()));

    RestCall reply = fake.awaitRequest(c -> c.is("POST", click.callbackPath()), WAIT);
    assertEquals(4, reply.json().path("type").asInt(), "the message stays as it was");
    assertEquals("That answer has expired", reply.text("/data/embeds/0/title"));
    assertEquals(64, reply.json().at("/data/flags").asInt() & 64);
  }
}
