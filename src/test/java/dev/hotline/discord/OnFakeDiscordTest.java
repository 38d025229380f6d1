package dev.hotline.discord;

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

  @AfterEach
  void stopBot() {
    bot.close();
  }
}
