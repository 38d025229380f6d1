package dev.hotline.console;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.CommandHelp;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.SettingChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's commands, typed with a slash ({@code /daily-on 09:00}, or {@code /daily on 09:00}
 * as on Discord), and the help that lists exactly these: one table, so the two cannot disagree.
 */
final class ConsoleCommands {
  /**
   * The chat layer's commands that mean something at a terminal; choosing channels, visibility or a
   * moderator role does not, with one person and one place.
   */
  static final Set<String> FROM_CHAT_LAYER =
      Set.of(
          "ask",
          "onthisday",
          "quiz",
          "quiz-stats",
          "leaderboard",
          "study",
          "study-stop",
          "about",
          "help",
          "settings",
          "settings-cooldown",
          "daily-on",
          "daily-off",
          "daily-status",
          "quiz-on",
          "quiz-off",
          "quiz-time",
          "quiz-reset",
          "quiz-daily-on",
          "quiz-daily-off",
          "quiz-daily-status");

  /** The words after {@code /quiz} that name a command rather than a topic. */
  private static final Set<String> QUIZ_WORDS =
      Set.of("stats", "on", "off", "time", "reset", "daily");

  private static final Pattern CHOICE = Pattern.compile("\\d");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,6}");

  private static final Pattern TWO_NUMBERS = Pattern.compile("(\\d{1,6})\\s+(\\d{1,6})");

  private ConsoleCommands() {}

  /** What a typed line asks for. */
  sealed interface Typed {
    record ToChat(ChatCommand command) implements Typed {}

    /** The next answer to the last question. */
    record Another() implements Typed {}

    record Help() implements Typed {}

    /** A known command with arguments it cannot take. */
    record Usage(Notice notice) implements Typed {}

    /** A lone digit: the answer to the quiz on screen, if there is one. */
    record Choice(int choice) implements Typed {}
  }

  /** Commands a newcomer may well type without the slash; no question is just one of them. */
  private static final Set<String> BARE_WORDS = Set.of("help", "another", "quit", "exit");

  static boolean isQuit(String line) {
    String typed = withSlash(line).toLowerCase(Locale.ROOT);
    return typed.equals("/quit") || typed.equals("/exit");
  }

  private static String withSlash(String line) {
    String typed = line.strip();
    return BARE_WORDS.contains(typed.toLowerCase(Locale.ROOT)) ? "/" + typed : typed;
  }

  /** The line as a command; a line without a slash is a question; empty for an unknown command. */
  static Optional<Typed> read(String typed) {
    String line = withSlash(typed);
    if (CHOICE.matcher(line).matches()) {
      return Optional.of(new Typed.Choice(Integer.parseInt(line)));
    }
    if (!line.startsWith("/")) {
      return chat(new ChatCommand.Ask(line, Optional.empty()));
    }
    String[] parts = line.substring(1).strip().split("\\s+", 2);
    String name = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    // "/quiz daily on 09:00", "/quiz stats", "/study stop", as on Telegram, are "/quiz-daily-on
    // 09:00" and so on; any other words after /quiz are its topic.
    if ((name.equals("quiz") || name.equals("study")) && !rest.isEmpty()) {
      String[] sub = rest.split("\\s+");
      String first = sub[0].toLowerCase(Locale.ROOT);
      if (name.equals("study") || QUIZ_WORDS.contains(first)) {
        String joined = name + "-" + first;
        int used = 1;
        if (joined.equals("quiz-daily") && sub.length > 1) {
          joined += "-" + sub[1].toLowerCase(Locale.ROOT);
          used = 2;
        }
        if (FROM_CHAT_LAYER.contains(joined)) {
          name = joined;
          rest = String.join(" ", Arrays.copyOfRange(sub, used, sub.length));
        }
      }
    }
    // "/daily on 09:00" and "/settings cooldown 5 2", as on Discord, are "/daily-on 09:00" and so
    // on.
    if ((name.equals("daily") || name.equals("settings")) && !rest.isEmpty()) {
      String[] sub = rest.split("\\s+", 2);
      String joined = name + "-" + sub[0].toLowerCase(Locale.ROOT);
      if (joined.equals("settings-show")) {
        return chat(new ChatCommand.ShowSettings());
      }
      if (FROM_CHAT_LAYER.contains(joined)) {
        name = joined;
        rest = sub.length > 1 ? sub[1].strip() : "";
      }
    }
    return switch (name) {
      case "ask" -> chat(new ChatCommand.Ask(rest, Optional.empty()));
      case "onthisday", "on-this-day" ->
          chat(new ChatCommand.OnThisDay(Optional.of(rest).filter(r -> !r.isEmpty())));
      case "another", "more", "next" -> Optional.of(new Typed.Another());
      case "about" -> chat(new ChatCommand.About());
      case "help", "start" -> Optional.of(new Typed.Help());
      case "settings" -> chat(new ChatCommand.ShowSettings());
      case "settings-cooldown", "cooldown" -> cooldowns(rest);
      case "daily-on" -> dailyOn(rest, DailyFeature.DAY_POST);
      case "daily-off" -> chat(new ChatCommand.DailyOff());
      case "daily-status" -> chat(new ChatCommand.DailyStatus());
      case "daily" -> Optional.of(usage("daily-on", "daily-off", "daily-status"));
      case "quiz" -> chat(new ChatCommand.Quiz(rest));
      case "quiz-stats" -> chat(new ChatCommand.QuizStats());
      case "leaderboard" -> chat(new ChatCommand.Leaderboard());
      case "study" -> chat(new ChatCommand.Study());
      case "study-stop" -> chat(new ChatCommand.StudyStop());
      case "quiz-on" -> chat(new ChatCommand.QuizSwitch(true));
      case "quiz-off" -> chat(new ChatCommand.QuizSwitch(false));
      case "quiz-reset" -> chat(new ChatCommand.QuizReset());
      case "quiz-time" ->
          SECONDS.matcher(rest).matches()
              ? chat(new ChatCommand.QuizTime(Integer.parseInt(rest)))
              : Optional.of(usage("quiz-time"));
      case "quiz-daily-on" -> dailyOn(rest, DailyFeature.QUIZ);
      case "quiz-daily-off" -> chat(new ChatCommand.DailyOff(DailyFeature.QUIZ));
      case "quiz-daily-status" -> chat(new ChatCommand.DailyStatus(DailyFeature.QUIZ));
      case "quiz-daily" ->
          Optional.of(usage("quiz-daily-on", "quiz-daily-off", "quiz-daily-status"));
      default -> Optional.empty();
    };
  }

  /** Every command the console takes, as it is typed here, and the other ways to use it. */
  static Notice help() {
    List<String> lines = new ArrayList<>();
    lines.add("Type a question on its own line to ask it, e.g. when did the Berlin Wall open?");
    lines.add("  A follow-up such as \"when did it end?\" is read with your question before it.");
    for (CommandHelp.Entry entry : CommandHelp.all()) {
      if (FROM_CHAT_LAYER.contains(entry.name())) {
        lines.add(usageLine(entry));
      }
    }
    lines.add("1, 2, 3 or 4 — your answer to the quiz on screen");
    lines.add("/another — the next answer to your last question");
    lines.add("/quit — leave (or end the input)");
    lines.add("Daily posts are printed here while the console stays open.");
    return new Notice(NoticeKind.INFO, "Hotline commands", lines, false);
  }

  static Notice nothingToFollow(boolean asked) {
    return Notice.of(
        NoticeKind.USER_ERROR,
        asked ? "No other answer" : "Ask a question first",
        asked
            ? "That question has only the one answer."
            : "/another then shows the next answer to it.");
  }

  private static String usageLine(CommandHelp.Entry entry) {
    return "/"
        + entry.name()
        + (entry.arguments().isEmpty() ? "" : " " + entry.arguments())
        + " — "
        + entry.description();
  }

  private static Optional<Typed> cooldowns(String rest) {
    Matcher numbers = TWO_NUMBERS.matcher(rest);
    if (!numbers.matches()) {
      return Optional.of(usage("settings-cooldown"));
    }
    return chat(
        new ChatCommand.ChangeSettings(
            new SettingChange.Cooldowns(
                Integer.parseInt(numbers.group(1)), Integer.parseInt(numbers.group(2)))));
  }

  // The chat layer reads the time and the zone (and a zone typed alone); only their number is
  // checked here.
  private static Optional<Typed> dailyOn(String rest, DailyFeature feature) {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    if (words.length > 2) {
      return Optional.of(usage(feature == DailyFeature.QUIZ ? "quiz-daily-on" : "daily-on"));
    }
    return chat(
        new ChatCommand.DailyOn(
            words.length > 0 ? Optional.of(words[0]) : Optional.empty(),
            words.length > 1 ? Optional.of(words[1]) : Optional.empty(),
            feature));
  }

  private static Typed usage(String... names) {
    List<String> lines = new ArrayList<>();
    for (CommandHelp.Entry entry : CommandHelp.all()) {
      if (List.of(names).contains(entry.name())) {
        lines.add(usageLine(entry));
      }
    }
    return new Typed.Usage(new Notice(NoticeKind.USER_ERROR, "How to use it", lines, false));
  }

  private static Optional<Typed> chat(ChatCommand command) {
    return Optional.of(new Typed.ToChat(command));
  }
}
