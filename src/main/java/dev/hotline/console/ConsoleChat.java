package dev.hotline.console;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizCard;
import dev.hotline.chat.SettingChange;
import dev.hotline.cli.TerminalStyle;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import dev.hotline.daily.QuizPoster;
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
  private long openQuiz = -1;

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

  /**
   * Daily quizzes for the console: printed while it is open, and answered like any other quiz by
   * typing a number.
   */
  public QuizPoster quizPoster(PrintWriter out) {
    return (place, card, key) -> {
      synchronized (this) {
        openQuiz = card.roundId();
      }
      chat.quizzes().posted(card.roundId(), "console");
      List<String> lines = renderer.render(new ChatReply.QuizReply(card));
      synchronized (out) {
        out.println();
        out.println("Daily quiz:");
        lines.forEach(out::println);
        out.println();
        out.flush();
      }
      return PostOutcome.sent();
    };
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
  synchronized List<String> answer(String line) {
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
          case ConsoleCommands.Typed.Choice choice ->
              openQuiz < 0
                  // Without a quiz on screen, a number is a question like any other line.
                  ? chat.handle(
                      YOU,
                      HERE,
                      new ChatCommand.Ask(Integer.toString(choice.choice()), Optional.empty()))
                  : chat.handle(YOU, HERE, new ChatCommand.QuizAnswer(openQuiz, choice.choice()));
        };
    if (reply instanceof ChatReply.AnswerReply answer) {
      lastToken = answer.card().token();
      answered = true;
    }
    if (reply instanceof ChatReply.QuizReply quiz) {
      // The quiz now on screen is the one a typed number answers.
      QuizCard shown = quiz.next().orElse(quiz.card());
      openQuiz = shown.revealed() ? -1 : shown.roundId();
    }
    return renderer.render(reply);
  }
}
