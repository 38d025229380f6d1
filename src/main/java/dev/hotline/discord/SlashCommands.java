package dev.hotline.discord;

import dev.hotline.chat.CommandHelp;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * Hotline's slash commands as Discord registers them; their help text comes from {@link
 * CommandHelp}.
 */
final class SlashCommands {
  static final String ASK = "ask";
  static final String QUESTION = "question";
  static final String PRIVATE = "private";
  static final String ON_THIS_DAY = "onthisday";
  static final String DATE = "date";
  static final String ABOUT = "about";
  static final String HELP = "help";
  static final String SETTINGS = "settings";
  static final String SHOW = "show";
  static final String CHANNEL = "channel";
  static final String ALLOW = "allow";
  static final String DISALLOW = "disallow";
  static final String ALL = "all";
  static final String VISIBILITY = "visibility";
  static final String MODE = "mode";
  static final String PUBLIC_MODE = "public";
  static final String PRIVATE_MODE = "private";
  static final String MODERATOR_ROLE = "moderator-role";
  static final String ROLE = "role";
  static final String COOLDOWN = "cooldown";
  static final String USER_SECONDS = "user-seconds";
  static final String CHANNEL_SECONDS = "channel-seconds";
  static final String DAILY = "daily";
  static final String ON = "on";
  static final String OFF = "off";
  static final String STATUS = "status";
  static final String TIME = "time";
  static final String TIMEZONE = "timezone";
  static final String QUIZ = "quiz";
  static final String TOPIC = "topic";
  static final String YEARS = "years";
  static final String QUIZ_STATS = "quiz-stats";
  static final String LEADERBOARD = "leaderboard";
  static final String STUDY = "study";
  static final String STUDY_STOP = "study-stop";
  static final String QUIZ_SETTINGS = "quiz-settings";
  static final String RESET = "reset";
  static final String SECONDS = "seconds";

  /** Discord refuses longer command and option descriptions. */
  private static final int DESCRIPTION_LIMIT = 100;

  private static final int MAX_COOLDOWN = dev.hotline.chat.ServerSettings.MAX_COOLDOWN;
  private static final int USER_BURST = dev.hotline.chat.ServerSettings.USER_BURST;
  private static final int CHANNEL_BURST = dev.hotline.chat.ServerSettings.CHANNEL_BURST;

  private SlashCommands() {}

  static List<SlashCommandData> all() {
    return List.of(
        ask(),
        onThisDay(),
        quiz(),
        everyone(QUIZ_STATS),
        everyone(LEADERBOARD),
        everyone(STUDY),
        everyone(STUDY_STOP),
        everyone(ABOUT),
        everyone(HELP),
        settings(),
        daily(),
        quizSettings());
  }

  private static SlashCommandData quiz() {
    return everyone(QUIZ)
        .addOptions(
            new OptionData(
                OptionType.STRING,
                TOPIC,
                "A topic, e.g. Berlin or Cuban Missile Crisis",
                false,
                true),
            new OptionData(OptionType.STRING, YEARS, "A year or years, e.g. 1961 or 1961-1963"));
  }

  /**
   * The moderators' quiz commands, hidden from members like {@code /settings}: quizzes on or off
   * here, their answer time, clearing the scores, and the daily quiz.
   */
  private static SlashCommandData quizSettings() {
    return Commands.slash(QUIZ_SETTINGS, "Quizzes on this server: on, off, time, reset, daily")
        .setContexts(InteractionContextType.GUILD)
        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
        .addSubcommands(
            new SubcommandData(ON, describe("quiz-on")),
            new SubcommandData(OFF, describe("quiz-off")),
            new SubcommandData(TIME, describe("quiz-time"))
                .addOptions(
                    new OptionData(OptionType.INTEGER, SECONDS, "Seconds to answer (5-600)", true)
                        .setRequiredRange(
                            dev.hotline.quiz.QuizSettings.MIN_SECONDS,
                            dev.hotline.quiz.QuizSettings.MAX_SECONDS)),
            new SubcommandData(RESET, describe("quiz-reset")))
        .addSubcommandGroups(
            new SubcommandGroupData(DAILY, "A quiz in this channel every day")
                .addSubcommands(
                    new SubcommandData(ON, describe("quiz-daily-on"))
                        .addOptions(
                            new OptionData(
                                OptionType.STRING,
                                TIME,
                                "HH:mm on a 24-hour clock (default 09:00)"),
                            new OptionData(
                                OptionType.STRING,
                                TIMEZONE,
                                "An IANA time zone such as Europe/Paris (default UTC)",
                                false,
                                true)),
                    new SubcommandData(OFF, describe("quiz-daily-off")),
                    new SubcommandData(STATUS, describe("quiz-daily-status"))));
  }

  private static SlashCommandData ask() {
    return everyone(ASK)
        .addOptions(
            new OptionData(
                OptionType.STRING,
                QUESTION,
                "Your question, e.g. when did the Berlin Wall fall?",
                true,
                true),
            new OptionData(OptionType.BOOLEAN, PRIVATE, "Show the answer to you only"));
  }

  private static SlashCommandData onThisDay() {
    return everyone(ON_THIS_DAY)
        .addOption(OptionType.STRING, DATE, "A day such as 07-23 or July 23 (default: today)");
  }

  /** A command for everyone, in servers and in direct messages with the bot. */
  private static SlashCommandData everyone(String name) {
    return Commands.slash(name, describe(name))
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
  }

  /**
   * The moderators' command. Discord shows it only to members who may manage the server (a server
   * can widen that in its integration settings, so the chat layer checks again).
   */
  private static SlashCommandData settings() {
    return Commands.slash(SETTINGS, describe(SETTINGS))
        .setContexts(InteractionContextType.GUILD)
        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
        .addSubcommands(
            new SubcommandData(SHOW, describe(SETTINGS)),
            new SubcommandData(VISIBILITY, describe("settings-visibility"))
                .addOptions(
                    new OptionData(OptionType.STRING, MODE, "Public, or private to the asker", true)
                        .addChoice(PUBLIC_MODE, PUBLIC_MODE)
                        .addChoice(PRIVATE_MODE, PRIVATE_MODE)),
            new SubcommandData(MODERATOR_ROLE, describe("settings-moderator-role"))
                .addOption(OptionType.ROLE, ROLE, "The role; leave out for admins only"),
            new SubcommandData(COOLDOWN, describe("settings-cooldown"))
                .addOptions(
                    new OptionData(
                            OptionType.INTEGER,
                            USER_SECONDS,
                            "Seconds per question after a user's first "
                                + USER_BURST
                                + " in a row; 0: no limit",
                            true)
                        .setRequiredRange(0, MAX_COOLDOWN),
                    new OptionData(
                            OptionType.INTEGER,
                            CHANNEL_SECONDS,
                            "Seconds per question after a channel's first "
                                + CHANNEL_BURST
                                + " in a row; 0: no limit",
                            true)
                        .setRequiredRange(0, MAX_COOLDOWN)))
        .addSubcommandGroups(
            new SubcommandGroupData(CHANNEL, describe("settings-channel"))
                .addSubcommands(
                    new SubcommandData(ALLOW, "Answer in this channel (or the one given)")
                        .addOptions(channelOption()),
                    new SubcommandData(
                            DISALLOW, "Stop answering in this channel (or the one given)")
                        .addOptions(channelOption()),
                    new SubcommandData(ALL, "Answer in every channel again")));
  }

  /**
   * The moderators' daily posts, hidden from members like {@code /settings}; the chat layer checks
   * the right and reads the time and zone, so the options are plain text.
   */
  private static SlashCommandData daily() {
    return Commands.slash(DAILY, "Daily \"on this day\" posts in this channel")
        .setContexts(InteractionContextType.GUILD)
        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
        .addSubcommands(
            new SubcommandData(ON, describe("daily-on"))
                .addOptions(
                    new OptionData(
                        OptionType.STRING, TIME, "HH:mm on a 24-hour clock (default 09:00)"),
                    new OptionData(
                        OptionType.STRING,
                        TIMEZONE,
                        "An IANA time zone such as Europe/Paris (default UTC)",
                        false,
                        true)),
            new SubcommandData(OFF, describe("daily-off")),
            new SubcommandData(STATUS, describe("daily-status")));
  }

  private static OptionData channelOption() {
    return new OptionData(OptionType.CHANNEL, CHANNEL, "The channel (default: this one)")
        .setChannelTypes(
            ChannelType.TEXT,
            ChannelType.NEWS,
            ChannelType.FORUM,
            ChannelType.VOICE,
            ChannelType.STAGE);
  }

  /** The help text of a command, cut to Discord's length. */
  private static String describe(String helpName) {
    String text =
        CommandHelp.all().stream()
            .filter(entry -> entry.name().equals(helpName))
            .map(CommandHelp.Entry::description)
            .findFirst()
            .orElse(helpName);
    return text.length() <= DESCRIPTION_LIMIT
        ? text
        : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
  }
}
