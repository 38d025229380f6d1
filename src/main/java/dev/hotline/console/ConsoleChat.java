package dev.hotline.console;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SettingChange;
import dev.hotline.cli.TerminalStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A local chat on the same layer the platforms use, so anyone can try Hotline without tokens: a
 * line is a question, or a command such as {@code /onthisday 07-23}, {@code /another}, {@code
 * /help}.
 */
public final class ConsoleChat {
  private static final ChatUser YOU = new ChatUser("console", "you", true, Set.of());
  private static final ChatPlace HERE = new ChatPlace(Platform.CONSOLE, "console", "console");

  private final ChatService chat;
  private final ConsoleRenderer renderer;
  private String lastToken = "";

  public ConsoleChat(ChatService chat) {
    this(chat, TerminalStyle.PLAIN);
  }

  /** With the answering sentence set off in {@code style}. */
  public ConsoleChat(ChatService chat, TerminalStyle style) {
    this.chat = chat;
    this.renderer = new ConsoleRenderer(style);
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
      if (line == null
          || line.strip().equalsIgnoreCase("/quit")
          || line.strip().equalsIgnoreCase("/exit")) {
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      for (String rendered : answer(line.strip())) {
        out.println(rendered);
      }
      out.println();
    }
  }

  /** The rendered reply to one typed line. */
  java.util.List<String> answer(String line) {
    Optional<ChatCommand> command = command(line);
    if (command.isEmpty()) {
      return java.util.List.of("Unknown command. Type /help for the list.");
    }
    ChatReply reply = chat.handle(YOU, HERE, command.get());
    if (reply instanceof ChatReply.AnswerReply answer && !answer.card().token().isEmpty()) {
      lastToken = answer.card().token();
    }
    return renderer.render(reply);
  }

  private Optional<ChatCommand> command(String line) {
    if (!line.startsWith("/")) {
      return Optional.of(new ChatCommand.Ask(line, Optional.empty()));
    }
    String[] parts = line.substring(1).split("\\s+", 2);
    String name = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    return switch (name) {
      case "ask" -> Optional.of(new ChatCommand.Ask(rest, Optional.empty()));
      case "onthisday", "on-this-day" ->
          Optional.of(
              new ChatCommand.OnThisDay(rest.isEmpty() ? Optional.empty() : Optional.of(rest)));
      case "another", "more", "next" -> Optional.of(new ChatCommand.AnotherAnswer(lastToken));
      case "about" -> Optional.of(new ChatCommand.About());
      case "help", "start" -> Optional.of(new ChatCommand.Help());
      case "settings" -> Optional.of(new ChatCommand.ShowSettings());
      case "cooldown" -> cooldown(rest);
      default -> Optional.empty();
    };
  }

  private static Optional<ChatCommand> cooldown(String rest) {
    String[] seconds = rest.split("\\s+");
    try {
      return Optional.of(
          new ChatCommand.ChangeSettings(
              new SettingChange.Cooldowns(
                  Integer.parseInt(seconds[0]), Integer.parseInt(seconds[seconds.length - 1]))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
