package dev.hotline.app;

import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.Platform;
import dev.hotline.cli.HotlineCommand;
import dev.hotline.cli.TerminalStyle;
import dev.hotline.console.ConsoleChat;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.LiveIndex;
import dev.hotline.index.Synonyms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hotline console}: chat with Hotline in the terminal, through the same chat layer as the
 * platforms.
 */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Chat with Hotline in this terminal (no tokens needed).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hotline console          then type a question, or /help for the commands",
      "  echo \"when did the Berlin Wall open?\" | ./hotline console"
    })
final class ConsoleCommand implements Callable<Integer> {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: the bundled index).")
  Path index;

  @Spec CommandSpec spec;

  private final Hotline hotline;

  ConsoleCommand(Hotline hotline) {
    this.hotline = hotline;
  }

  @Override
  public Integer call() throws Exception {
    IndexLocation location = index == null ? hotline.bundledIndex() : new IndexLocation(index);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    chat(location, in, spec.commandLine().getOut(), System.console() != null);
    return 0;
  }

  /**
   * Chats over the index at {@code location} until the input ends. The index is live, as under
   * {@code serve}: a rebuild is picked up before the next line. Settings and daily posts live in a
   * database of their own that goes when the console does, so trying them here never touches a
   * server's.
   */
  void chat(IndexLocation location, BufferedReader in, PrintWriter out, boolean prompt)
      throws IOException {
    Path data = Files.createTempDirectory("hotline-console");
    try (LiveIndex live = LiveIndex.open(location, Synonyms.bundled());
        ChatRuntime runtime =
            ChatRuntime.open(
                data.resolve("hotline.db"),
                new AnswerService(live),
                ChatMetrics.NONE,
                hotline.clock(),
                hotline.version())) {
      TerminalStyle style = TerminalStyle.detect();
      ConsoleChat console = new ConsoleChat(runtime.chat(), style, live::reloadIfChanged);
      runtime.registerPoster(Platform.CONSOLE, ConsoleChat.poster(out, style));
      // Console quizzes show their answer as soon as it is typed: nothing to reveal later.
      runtime.registerQuizzes(Platform.CONSOLE, console.quizPoster(out), (place, ref, card) -> {});
      runtime.startDailyPosts();
      console.run(in, out, prompt);
    } finally {
      deleteAll(data);
    }
  }

  private static void deleteAll(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
