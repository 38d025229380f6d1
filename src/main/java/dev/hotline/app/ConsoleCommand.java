package dev.hotline.app;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.cli.HotlineCommand;
import dev.hotline.cli.Services;
import dev.hotline.cli.TerminalStyle;
import dev.hotline.console.ConsoleChat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    var location =
        index == null ? hotline.bundledIndex() : new dev.hotline.index.IndexLocation(index);
    try (Services.OpenIndex open = hotline.open(location)) {
      ChatService chat =
          new ChatService(
              open.answers(),
              new InMemorySettingsStore(),
              PlaceLifecycle.NONE,
              hotline.clock(),
              hotline.version());
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      PrintWriter out = spec.commandLine().getOut();
      new ConsoleChat(chat, TerminalStyle.detect()).run(in, out, System.console() != null);
      return 0;
    }
  }
}
