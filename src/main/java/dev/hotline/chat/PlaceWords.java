package dev.hotline.chat;

/**
 * How each platform names the people who run a place and the commands typed there, so that one
 * notice reads right everywhere: a Discord server has admins and moderators, a Telegram chat has
 * chat admins.
 */
final class PlaceWords {
  private PlaceWords() {}

  /** The title of a refusal to someone who may not change settings. */
  static String onlyModeratorsTitle(Platform platform) {
    return platform == Platform.TELEGRAM ? "Chat admins only" : "Moderators only";
  }

  /** Who may change Hotline's settings at a place, as the subject of a sentence. */
  static String whoModerates(Platform platform, boolean hasModeratorRole) {
    return switch (platform) {
      case TELEGRAM -> "chat admins";
      case DISCORD -> "this server's admins" + (hasModeratorRole ? " and moderators" : "");
      case CONSOLE -> "moderators";
    };
  }

  /** Someone who may turn daily posts on, as the subject of a sentence. */
  static String aModerator(Platform platform) {
    return platform == Platform.TELEGRAM ? "a chat admin" : "a moderator";
  }

  /** Where Hotline may be told to answer only in some places. */
  static String chosenPlaces(Platform platform) {
    return platform == Platform.TELEGRAM
        ? "the chats and topics the chat admins chose"
        : "the channels this server's moderators chose";
  }

  /**
   * A chat-layer command ({@code daily-on}) as it is typed on {@code platform}: {@code /daily on}
   * on Discord and Telegram, {@code /daily-on} in the console.
   */
  static String command(Platform platform, String name) {
    return switch (platform) {
      case DISCORD -> discordCommand(name);
      case TELEGRAM ->
          name.startsWith("daily-") || name.startsWith("quiz-") || name.startsWith("study-")
              ? "/" + name.replace('-', ' ')
              : "/" + name.replace('-', '_');
      case CONSOLE -> "/" + name;
    };
  }

  /**
   * Discord's slash commands: {@code /quiz-stats} and {@code /study-stop} are commands of their own
   * (a command with options cannot have subcommands), the moderators' quiz commands are subcommands
   * of {@code /quiz-settings}.
   */
  private static String discordCommand(String name) {
    if (name.equals("settings")) {
      return "/settings show";
    }
    if (name.equals("quiz-stats") || name.equals("study-stop")) {
      return "/" + name;
    }
    if (name.startsWith("quiz-")) {
      return "/quiz-settings " + name.substring("quiz-".length()).replace('-', ' ');
    }
    return "/" + name.replaceFirst("-", " ");
  }
}
