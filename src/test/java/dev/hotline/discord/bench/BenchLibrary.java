package dev.hotline.discord.bench;

import dev.hotline.app.Hotline;
import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.chat.SettingChange;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The bundled corpus indexed into a temporary folder and a chat service over it whose cooldowns are
 * off for {@code place}, so a benchmark measures answering rather than waiting.
 */
final class BenchLibrary implements AutoCloseable {
  /** Questions the bundled articles answer, asked in turn. */
  static final List<String> QUESTIONS =
      List.of(
          "when did the border war happen?",
          "when did the Berlin Wall fall?",
          "when was Sputnik launched?",
          "when did the Cuban Missile Crisis start?",
          "who signed the INF Treaty?",
          "when did Chernobyl explode?",
          "when was the Marshall Plan approved?",
          "when did the Berlin airlift begin?",
          "when did the Soviet Union invade Afghanistan?",
          "when was NATO founded?");

  private final Path folder;
  private final Services.OpenIndex open;
  private final ChatService chat;

  private BenchLibrary(Path folder, Services.OpenIndex open, ChatService chat) {
    this.folder = folder;
    this.open = open;
    this.chat = chat;
  }

  static BenchLibrary open(ChatPlace place) throws IOException {
    Path folder = Files.createTempDirectory("hotline-bench");
    Hotline hotline = new Hotline(Clock.systemUTC());
    IndexLocation location = new IndexLocation(folder.resolve("index"));
    hotline.index(List.of(hotline.bundledCorpus()), location, CorpusReader.Progress.NONE);
    Services.OpenIndex open = hotline.open(location);
    ChatService chat =
        new ChatService(
            open.answers(),
            new InMemorySettingsStore(),
            PlaceLifecycle.NONE,
            Clock.systemUTC(),
            "bench");
    ChatUser admin = new ChatUser("1", "bench-admin", true, Set.of());
    chat.handle(admin, place, new ChatCommand.ChangeSettings(new SettingChange.Cooldowns(0, 0)));
    return new BenchLibrary(folder, open, chat);
  }

  ChatService chat() {
    return chat;
  }

  @Override
  public void close() throws IOException {
    open.close();
    try (var walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
