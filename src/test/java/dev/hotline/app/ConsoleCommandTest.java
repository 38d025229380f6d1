package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.console.ConsoleChat;
import dev.hotline.testing.TestCorpus;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat as a newcomer tries it: a question, the next answer, a day, nonsense. */
class ConsoleCommandTest {
  @TempDir Path dir;

  @Test
  void answersQuestionsAndCommandsLineByLine() throws Exception {
    Hotline hotline = new Hotline(TestCorpus.CLOCK);
    try (var open = hotline.open(TestCorpus.index(dir))) {
      ChatService chat =
          new ChatService(
              open.answers(),
              new InMemorySettingsStore(),
              PlaceLifecycle.NONE,
              TestCorpus.CLOCK,
              "test");
      StringWriter out = new StringWriter();
      String input =
          "when did the border war happen?\n"
              + "/another\n"
              + "/onthisday 10-22\n"
              + "/nonsense\n"
              + "/quit\n"
              + "never read\n";
      new ConsoleChat(chat)
          .run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
      String text = out.toString();
      assertThat(text)
          .contains("1969")
          .contains("Source: The Sino-Soviet Split")
          .contains("Answer 2 of")
          .contains("On this day, October 22:")
          .contains("Unknown command")
          .doesNotContain("never read");
    }
  }
}
