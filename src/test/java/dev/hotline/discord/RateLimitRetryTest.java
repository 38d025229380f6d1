package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A 429 from Discord is waited out and retried by JDA, not surfaced as a failure. */
@Timeout(10)
class RateLimitRetryTest {

  @Test
  void channelMessageIsRetriedAfterA429() {
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect()) {
      FakeDiscord fake = bot.fake();
      fake.rateLimitNext("POST", "/channels/{id}/messages", 1);

      Message sent =
          bot.jda()
              .getTextChannelById(fake.guild().textChannelId())
              .sendMessage("Sputnik launched on 4 October 1957.")
              .complete();

      assertEquals("Sputnik launched on 4 October 1957.", sent.getContentRaw());
      List<Integer> statuses =
          fake.requests().stream()
              .filter(call -> call.is("POST", "/channels/{id}/messages"))
              .map(RestCall::status)
              .toList();
      assertEquals(List.of(429, 200), statuses);
    }
  }

  @Test
  void followupEditIsRetriedAfterA429() {
    var command = OnEvent.deferredEdit("The U-2 incident: 1 May 1960.");
    try (BotOnFakeDiscord bot = BotOnFakeDiscord.connect(command)) {
      FakeDiscord fake = bot.fake();
      fake.rateLimitNext("PATCH", "/webhooks/{app}/{token}/messages/{message}", 1);
      DispatchedInteraction sent = fake.dispatchSlashCommand(fake.guild().member(), "ask");

      Message answer = (Message) command.outcome(WAIT);
      assertEquals("The U-2 incident: 1 May 1960.", answer.getContentRaw());
      RestCall refused = fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT);
      assertEquals(429, refused.status());
      assertEquals(
          200,
          fake.awaitRequest(
                  c -> c.is("PATCH", sent.originalMessagePath()) && c.status() == 200, WAIT)
              .status());
    }
  }
}
