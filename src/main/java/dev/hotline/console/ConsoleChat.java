package dev.hotline.console;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SettingChange;
import dev.hotline.cli.TerminalStyle;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A local chat on the same layer the platforms use, so anyone can try Hotline without tokens: a
 * line is a question, or one of the commands {@code /help} lists ({@link ConsoleCommands}).
 */
public final class ConsoleChat {
  private static final ChatUser YOU = new ChatUser("console", "you", true, Set.of());

  /** Where the console's questions, settings and daily posts belong. */
  public static final ChatPlace HERE = new ChatPlace(Platform.CONSOLE, "console", "console");

  private final ChatService chat;
  private final ConsoleRenderer renderer;
  private final BooleanSupplier reloadIndex;
  private String lastToken = "";
  private boolean answered;

  public ConsoleChat(ChatService chat) {
    this(chat, TerminalStyle.PLAIN, () -> false);
  }

  /**
   * With the answering sentence set off in {@code style}, and {@code reloadIndex} asked before each
   * line whether a rebuilt index is now in use, as a running server would pick it up.
   */
  public ConsoleChat(ChatService chat, TerminalStyle style, BooleanSupplier reloadIndex) {
    this.chat = chat;
    this.renderer = new ConsoleRenderer(style);
    this.reloadIndex = reloadIndex;
    // One person at a local terminal has no one to be fair to: no cooldowns here.
    chat.handle(YOU, HERE, new ChatCommand.ChangeSettings(new SettingChange.Cooldowns(0, 0)));
  }

  /** Reads lines until end of input or {@code /quit}, answering each. */
  public void run(BufferedReader in, PrintWriter out, boolean prompt) throws IOException {
    out.println("Hotline — ask a Cold War history question. /help for commands, /quit to leave.");
    while (true) {
      if (prompt) {
        out.print("> ");
      }
      out.flush();
      String line = in.readLine();
      if (line == null || ConsoleCommands.isQuit(line)) {
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      if (reloadIndex.getAsBoolean()) {
        out.println("(Answering from the rebuilt index from now on.)");
      }
      for (String rendered : answer(line.strip())) {
        out.println(rendered);
      }
      out.println();
    }
  }

  /** Daily posts for the console: printed while it is open. */
  public static DayPoster poster(PrintWriter out, TerminalStyle style) {
    ConsoleRenderer renderer = new ConsoleRenderer(style);
    return (place, card, key) -> {
      List<String> lines = renderer.render(new ChatReply.DayReply(card, false));
      synchronized (out) {
        out.println();
        out.println("Daily post:");
        lines.forEach(out::println);
        out.println();
        out.flush();
      }
      return PostOutcome.sent();
    };
  }

  /** The rendered reply to one typed line. */
  List<String> answer(String line) {
    Optional<ConsoleCommands.Typed> typed = ConsoleCommands.read(line);
    if (typed.isEmpty()) {
      return List.of("Unknown command. Type /help for the list.");
    }
    ChatReply reply =
        switch (typed.get()) {
          case ConsoleCommands.Typed.ToChat toChat -> chat.handle(YOU, HERE, toChat.command());
          case ConsoleCommands.Typed.Another another ->
              lastToken.isEmpty()
                  ? ConsoleCommands.nothingToFollow(answered)
                  : chat.handle(YOU, HERE, new ChatCommand.AnotherAnswer(lastToken));
          case ConsoleCommands.Typed.Help help -> ConsoleCommands.help();
          case ConsoleCommands.Typed.Usage usage -> usage.notice();
        };
    if (reply instanceof ChatReply.AnswerReply answer) {
      lastToken = answer.card().token();
      answered = true;
    }
    return renderer.render(reply);
  }
}
