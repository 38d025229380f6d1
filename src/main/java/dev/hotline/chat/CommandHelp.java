package dev.hotline.chat;

import java.util.List;

/** The commands every adapter offers, with who may use them: the single source of help text. */
public final class CommandHelp {
  private CommandHelp() {}

  /** One command: its name, arguments, what it does, and who may use it. */
  public record Entry(String name, String arguments, String description, String who) {}

  public static final String EVERYONE = "everyone";
  public static final String MODERATORS = "moderators";

  public static List<Entry> all() {
    return List.of(
        new Entry(
            "ask",
            "question",
            "Answer a Cold War history question with a dated, sourced passage.",
            EVERYONE),
        new Entry(
            "onthisday",
            "[date]",
            "Events of a day (e.g. 07-23 or July 23; default today) across the Cold War years.",
            EVERYONE),
        new Entry(
            "quiz",
            "[topic] [years]",
            "A quiz question from the articles' dated events (e.g. berlin, 1961-1963).",
            EVERYONE),
        new Entry("quiz-stats", "", "Your quiz score and rank here.", EVERYONE),
        new Entry("leaderboard", "", "The ten best quiz scores here.", EVERYONE),
        new Entry(
            "study",
            "",
            "Practise in a private chat: one question after another, missed events come back"
                + " sooner.",
            EVERYONE),
        new Entry("study-stop", "", "Stop practising, with how it went.", EVERYONE),
        new Entry(
            "about", "", "What Hotline is, its version and the size of its library.", EVERYONE),
        new Entry("help", "", "This list.", EVERYONE),
        new Entry(
            "settings",
            "",
            "Show Hotline's settings here: moderators, channels, visibility, cooldowns.",
            MODERATORS),
        new Entry(
            "settings-channel",
            "allow|disallow|all [channel]",
            "Choose the channels Hotline answers in.",
            MODERATORS),
        new Entry(
            "settings-visibility",
            "public|private",
            "Whether answers are shown to everyone or only the asker by default.",
            MODERATORS),
        new Entry(
            "settings-moderator-role",
            "[role]",
            "A role whose members may change settings besides admins (none: admins only).",
            MODERATORS),
        new Entry(
            "settings-cooldown",
            "user-seconds channel-seconds",
            "Seconds per question once a user's "
                + ServerSettings.USER_BURST
                + " or a channel's "
                + ServerSettings.CHANNEL_BURST
                + " in a row are used; 0: no limit.",
            MODERATORS),
        new Entry(
            "daily-on",
            "[HH:mm] [time zone]",
            "Post the day's events here every day (default 09:00 UTC; a zone such as"
                + " Europe/Paris).",
            MODERATORS),
        new Entry("daily-off", "", "Stop the daily posts here.", MODERATORS),
        new Entry(
            "daily-status",
            "",
            "The daily posts here: time, next and last post, and why they stopped if they did.",
            MODERATORS),
        new Entry("quiz-on", "", "Let members ask for quizzes here (the default).", MODERATORS),
        new Entry("quiz-off", "", "No quizzes here, daily ones included.", MODERATORS),
        new Entry(
            "quiz-time",
            "seconds",
            "How long quizzes take answers before the answer is shown (5-600; default 30).",
            MODERATORS),
        new Entry("quiz-reset", "", "Clear the quiz scores here.", MODERATORS),
        new Entry(
            "quiz-daily-on",
            "[HH:mm] [time zone]",
            "Post a quiz here every day (default 09:00 UTC).",
            MODERATORS),
        new Entry("quiz-daily-off", "", "Stop the daily quiz here.", MODERATORS),
        new Entry(
            "quiz-daily-status", "", "The daily quiz here: time, next and last quiz.", MODERATORS));
  }
}
