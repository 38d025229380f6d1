package dev.hotline.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the end-to-end tests: one small index per class, a fresh adapter on a fresh fake per
 * test.
 */
abstract class OnFakeDiscordTest {
  @TempDir static Path folder;

  static TestLibrary library;
  AdapterOnFakeDiscord bot;
  FakeDiscord fake;

  @BeforeAll
  static void buildIndex() {
    library = TestLibrary.build(folder);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    library.close();
  }

  @BeforeEach
  void startBot() {
    bot = AdapterOnFakeDiscord.start(library.answers());
    fake = bot.fake();
  }

  /** {@code user} runs a slash command; returns Discord's record of the reply to it. */
  dev.hotline.discord.fake.RestCall command(
      dev.hotline.discord.fake.FakeUser user, String name, CommandOption... options) {
    DispatchedInteraction sent = fake.dispatchSlashCommand(user, name, options);
    return fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), BotOnFakeDiscord.WAIT);
  }

  /** A member asks {@code question} with /ask; returns the answer message once it is edited in. */
  JsonNode answerTo(String question) {
    DispatchedInteraction sent =
        fake.dispatchSlashCommand(
            fake.guild().member(), "ask", CommandOption.string("question", question));
    fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), BotOnFakeDiscord.WAIT);
    return fake.originalMessage(sent).orElseThrow();
  }

  @AfterEach
  void stopBot() {
    bot.close();
  }
}
