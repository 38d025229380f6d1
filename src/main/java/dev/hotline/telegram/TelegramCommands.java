package dev.hotline.telegram;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.CommandHelp;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.SettingChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Hotline's commands in Telegram's spelling ({@code settings_channel}: Telegram allows no hyphens),
 * taken from {@link CommandHelp}, and their translation into chat commands.
 */
final class TelegramCommands {

  /** Telegram has no roles to name, so the moderator-role setting has no Telegram command. */
  private static final String MODERATOR_ROLE = "settings-moderator-role";

  /**
   * Where the chat layer's arguments do not fit Telegram: a channel here is the chat or topic typed
   * in.
   */
  private static final Map<String, String> TELEGRAM_ARGUMENTS =
      Map.of("settings-channel", "allow|disallow|all");

  private static final int MAX_DESCRIPTION = 256;

  /** Telegram's word for the people who may change a chat's settings. */
  private static final String CHAT_ADMINS = "chat admins";

  private static final String DAILY = "daily";
  private static final String DAILY_DESCRIPTION =
      "Daily 'on this day' posts here: /daily on [HH:mm] [time zone], /daily off, /daily status.";
  private static final Pattern TWO_NUMBERS = Pattern.compile("(\\d{1,6})\\s+(\\d{1,6})");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,6}");

  private TelegramCommands() {}

  /** What a command asks for. */
  sealed interface Translation {
    /** A chat command; {@code moderatorsOnly} when the asker's admin right must be looked up. */
    record ToChat(ChatCommand command, boolean moderatorsOnly) implements Translation {}

    /** The command list, in Telegram's spelling. */
    record ShowHelp() implements Translation {}

    /** A known command with arguments it cannot take. */
    record Usage(Notice notice) implements Translation {}

    /** Not a Hotline command. */
    record Unknown() implements Translation {}
  }

  static Translation translate(CommandLine line, ChatPlace place) {
    String arguments = line.arguments();
    String word = arguments.toLowerCase(Locale.ROOT);
    return switch (line.name()) {
      case "ask" -> chat(new ChatCommand.Ask(arguments, Optional.empty()));
      case "onthisday" ->
          chat(new ChatCommand.OnThisDay(Optional.of(arguments).filter(a -> !a.isBlank())));
      case "about" -> chat(new ChatCommand.About());
      case "help", "start" -> new Translation.ShowHelp();
      case "settings" -> moderators(new ChatCommand.ShowSettings());
      case "settings_channel" ->
          switch (word) {
            case "allow" -> change(new SettingChange.AllowChannel(place.channelId()));
            case "disallow" -> change(new SettingChange.DisallowChannel(place.channelId()));
            case "all" -> change(new SettingChange.AllowAllChannels());
            default -> usage("settings-channel");
          };
      case "settings_visibility" ->
          switch (word) {
            case "public" -> change(new SettingChange.PrivateAnswers(false));
            case "private" -> change(new SettingChange.PrivateAnswers(true));
            default -> usage("settings-visibility");
          };
      case "settings_cooldown" -> cooldowns(arguments);
      case "daily" -> daily(arguments);
      // The one-word spellings a menu can offer (Telegram commands have no spaces).
      case "daily_on" -> dailyOn(arguments);
      // Nothing to misread in arguments to these, so they are ignored as /settings ignores them.
      case "daily_off" -> moderators(new ChatCommand.DailyOff());
      case "daily_status" -> moderators(new ChatCommand.DailyStatus());
      case "quiz" -> quiz(arguments);
      case "quiz_stats" -> chat(new ChatCommand.QuizStats());
      case "leaderboard" -> chat(new ChatCommand.Leaderboard());
      case "study" ->
          switch (word) {
            case "" -> chat(new ChatCommand.Study());
            case "stop" -> chat(new ChatCommand.StudyStop());
            default -> usage("study");
          };
      case "study_stop" -> chat(new ChatCommand.StudyStop());
      default -> new Translation.Unknown();
    };
  }

  /**
   * {@code /quiz} and what may follow it: {@code stats}, the moderators' {@code on}, {@code off},
   * {@code time N}, {@code reset} and {@code daily on|off|status}, or else a topic and years.
   */
  private static Translation quiz(String arguments) {
    String[] words = arguments.strip().split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean alone = words.length == 1;
    return switch (first) {
      case "stats" ->
          alone ? chat(new ChatCommand.QuizStats()) : chat(new ChatCommand.Quiz(arguments));
      case "on", "off" ->
          alone ? moderators(new ChatCommand.QuizSwitch(first.equals("on"))) : usage("quiz-on");
      case "reset" -> alone ? moderators(new ChatCommand.QuizReset()) : usage("quiz-reset");
      case "time" ->
          words.length == 2 && SECONDS.matcher(words[1]).matches()
              ? moderators(new ChatCommand.QuizTime(Integer.parseInt(words[1])))
              : usage("quiz-time");
      case "daily" -> quizDaily(words);
      default -> chat(new ChatCommand.Quiz(arguments));
    };
  }

  private static Translation quizDaily(String[] words) {
    String sub = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
    return switch (sub) {
      case "on" -> {
        if (words.length > 4) {
          yield usage("quiz-daily-on");
        }
        yield moderators(
            new ChatCommand.DailyOn(word(words, 2), word(words, 3), DailyFeature.QUIZ));
      }
      case "off" ->
          words.length == 2
              ? moderators(new ChatCommand.DailyOff(DailyFeature.QUIZ))
              : usage("quiz-daily-off");
      case "status" ->
          words.length == 2
              ? moderators(new ChatCommand.DailyStatus(DailyFeature.QUIZ))
              : usage("quiz-daily-status");
      default -> usage("quiz-daily-on");
    };
  }

  /** {@code /daily on|off|status …}, as on Discord; anything else gets the three usages. */
  private static Translation daily(String arguments) {
    String[] words = arguments.strip().split("\\s+", 2);
    String rest = words.length > 1 ? words[1] : "";
    return switch (words[0].toLowerCase(Locale.ROOT)) {
      case "on" -> dailyOn(rest);
      case "off" -> rest.isBlank() ? moderators(new ChatCommand.DailyOff()) : dailyUsage();
      case "status" -> rest.isBlank() ? moderators(new ChatCommand.DailyStatus()) : dailyUsage();
      default -> dailyUsage();
    };
  }

  /**
   * The command menu: everyone's commands, or with {@code forAdministrators} the settings too. The
   * daily-post commands are one entry, {@code /daily}: picked from the menu it shows its usage.
   */
  static List<BotCommand> menu(boolean forAdministrators) {
    List<BotCommand> menu = new ArrayList<>();
    for (CommandHelp.Entry entry : telegramEntries()) {
      // A menu holds one-word commands: "/daily on" and "/quiz stats" are typed after them.
      if (telegramName(entry.name()).contains(" ")) {
        continue;
      }
      if (forAdministrators || entry.who().equals(CommandHelp.EVERYONE)) {
        menu.add(new BotCommand(telegramName(entry.name()), fitted(entry.description())));
      }
    }
    if (forAdministrators) {
      menu.add(new BotCommand(DAILY, fitted(DAILY_DESCRIPTION)));
    }
    return menu;
  }

  private static String fitted(String description) {
    return description.length() > MAX_DESCRIPTION
        ? description.substring(0, MAX_DESCRIPTION)
        : description;
  }

  /** The help notice: every command as it is typed in Telegram, and the other ways to ask. */
  static Notice help(BotProfile bot) {
    List<String> lines = new ArrayList<>();
    for (CommandHelp.Entry entry : telegramEntries()) {
      lines.add(
          usageLine(entry)
              + " ("
              + (entry.who().equals(CommandHelp.MODERATORS) ? CHAT_ADMINS : entry.who())
              + ")");
    }
    lines.add("In a private chat, just type your question.");
    lines.add(
        "In a group, mention @"
            + bot.username()
            + " in your question, or reply to one of my answers.");
    lines.add("In any chat, type @" + bot.username() + " and a question to share an answer.");
    return new Notice(NoticeKind.INFO, "Hotline commands", lines, false);
  }

  /** How a command is typed: {@code settings_channel}, and {@code daily on} as on Discord. */
  static String telegramName(String chatLayerName) {
    return chatLayerName.startsWith(DAILY + "-")
            || chatLayerName.startsWith("quiz-")
            || chatLayerName.startsWith("study-")
        ? chatLayerName.replace('-', ' ')
        : chatLayerName.replace('-', '_');
  }

  private static boolean isDaily(CommandHelp.Entry entry) {
    return entry.name().startsWith(DAILY + "-");
  }

  private static List<CommandHelp.Entry> telegramEntries() {
    return CommandHelp.all().stream()
        .filter(entry -> !entry.name().equals(MODERATOR_ROLE))
        .map(
            entry ->
                new CommandHelp.Entry(
                    entry.name(),
                    TELEGRAM_ARGUMENTS.getOrDefault(entry.name(), entry.arguments()),
                    entry.description(),
                    entry.who()))
        .toList();
  }

  private static String usageLine(CommandHelp.Entry entry) {
    return "/"
        + telegramName(entry.name())
        + (entry.arguments().isEmpty() ? "" : " " + entry.arguments())
        + " — "
        + entry.description();
  }

  private static Translation cooldowns(String arguments) {
    Matcher numbers = TWO_NUMBERS.matcher(arguments);
    if (!numbers.matches()) {
      return usage("settings-cooldown");
    }
    return change(
        new SettingChange.Cooldowns(
            Integer.parseInt(numbers.group(1)), Integer.parseInt(numbers.group(2))));
  }

  // The chat layer reads the time and the zone (and a zone typed alone); only their number is
  // checked here.
  private static Translation dailyOn(String arguments) {
    String[] words = arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
    if (words.length > 2) {
      return dailyUsage();
    }
    return moderators(new ChatCommand.DailyOn(word(words, 0), word(words, 1)));
  }

  private static Optional<String> word(String[] words, int index) {
    return index < words.length ? Optional.of(words[index]) : Optional.empty();
  }

  private static Translation chat(ChatCommand command) {
    return new Translation.ToChat(command, false);
  }

  private static Translation moderators(ChatCommand command) {
    return new Translation.ToChat(command, true);
  }

  private static Translation change(SettingChange change) {
    return moderators(new ChatCommand.ChangeSettings(change));
  }

  private static Translation dailyUsage() {
    List<String> lines =
        telegramEntries().stream()
            .filter(TelegramCommands::isDaily)
            .map(TelegramCommands::usageLine)
            .toList();
    return new Translation.Usage(
        new Notice(NoticeKind.USER_ERROR, "How to use /" + DAILY, lines, true));
  }

  private static Translation usage(String name) {
    CommandHelp.Entry entry =
        telegramEntries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    return new Translation.Usage(
        Notice.of(NoticeKind.USER_ERROR, "How to use /" + telegramName(name), usageLine(entry)));
  }
}
