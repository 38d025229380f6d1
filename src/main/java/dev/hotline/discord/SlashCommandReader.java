package dev.hotline.discord;

import static dev.hotline.discord.SlashCommands.*;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.SettingChange;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** Turns a slash command as Discord delivers it into the chat layer's command. */
final class SlashCommandReader {
  private SlashCommandReader() {}

  /**
   * The command, or empty for one Hotline does not know (an old registration, a typo in a server's
   * permissions overrides).
   *
   * @param channelId the channel "this channel" means for {@code /settings channel}
   */
  static Optional<ChatCommand> read(CommandInteractionPayload command, String channelId) {
    return switch (command.getName()) {
      case ASK ->
          Optional.of(
              new ChatCommand.Ask(
                  text(command, QUESTION).orElse(""),
                  Optional.ofNullable(command.getOption(PRIVATE))
                      .map(OptionMapping::getAsBoolean)));
      case ON_THIS_DAY -> Optional.of(new ChatCommand.OnThisDay(text(command, DATE)));
      case ABOUT -> Optional.of(new ChatCommand.About());
      case HELP -> Optional.of(new ChatCommand.Help());
      case SETTINGS -> settings(command, channelId);
      case DAILY -> daily(command);
      case QUIZ ->
          Optional.of(
              new ChatCommand.Quiz(
                  (text(command, TOPIC).orElse("") + " " + text(command, YEARS).orElse(""))
                      .strip()));
      case QUIZ_STATS -> Optional.of(new ChatCommand.QuizStats());
      case LEADERBOARD -> Optional.of(new ChatCommand.Leaderboard());
      case STUDY -> Optional.of(new ChatCommand.Study());
      case STUDY_STOP -> Optional.of(new ChatCommand.StudyStop());
      case QUIZ_SETTINGS -> quizSettings(command);
      default -> Optional.empty();
    };
  }

  private static Optional<ChatCommand> quizSettings(CommandInteractionPayload command) {
    String name = String.valueOf(command.getSubcommandName());
    if (DAILY.equals(command.getSubcommandGroup())) {
      return switch (name) {
        case ON ->
            Optional.of(
                new ChatCommand.DailyOn(
                    text(command, TIME), text(command, TIMEZONE), DailyFeature.QUIZ));
        case OFF -> Optional.of(new ChatCommand.DailyOff(DailyFeature.QUIZ));
        case STATUS -> Optional.of(new ChatCommand.DailyStatus(DailyFeature.QUIZ));
        default -> Optional.empty();
      };
    }
    return switch (name) {
      case ON -> Optional.of(new ChatCommand.QuizSwitch(true));
      case OFF -> Optional.of(new ChatCommand.QuizSwitch(false));
      case TIME -> Optional.of(new ChatCommand.QuizTime(seconds(command, SECONDS)));
      case RESET -> Optional.of(new ChatCommand.QuizReset());
      default -> Optional.empty();
    };
  }

  private static Optional<ChatCommand> settings(
      CommandInteractionPayload command, String channelId) {
    String group = command.getSubcommandGroup();
    String name = command.getSubcommandName();
    if (CHANNEL.equals(group)) {
      String channel = text(command, CHANNEL).orElse(channelId);
      return switch (String.valueOf(name)) {
        case ALLOW -> change(new SettingChange.AllowChannel(channel));
        case DISALLOW -> change(new SettingChange.DisallowChannel(channel));
        case ALL -> change(new SettingChange.AllowAllChannels());
        default -> Optional.empty();
      };
    }
    return switch (String.valueOf(name)) {
      case SHOW -> Optional.of(new ChatCommand.ShowSettings());
      case VISIBILITY ->
          text(command, MODE)
              .filter(mode -> mode.equals(PUBLIC_MODE) || mode.equals(PRIVATE_MODE))
              .flatMap(mode -> change(new SettingChange.PrivateAnswers(mode.equals(PRIVATE_MODE))));
      case MODERATOR_ROLE ->
          change(new SettingChange.ModeratorRole(text(command, ROLE).orElse(null)));
      case COOLDOWN ->
          change(
              new SettingChange.Cooldowns(
                  seconds(command, USER_SECONDS), seconds(command, CHANNEL_SECONDS)));
      default -> Optional.empty();
    };
  }

  private static Optional<ChatCommand> daily(CommandInteractionPayload command) {
    return switch (String.valueOf(command.getSubcommandName())) {
      case ON -> Optional.of(new ChatCommand.DailyOn(text(command, TIME), text(command, TIMEZONE)));
      case OFF -> Optional.of(new ChatCommand.DailyOff());
      case STATUS -> Optional.of(new ChatCommand.DailyStatus());
      default -> Optional.empty();
    };
  }

  private static Optional<ChatCommand> change(SettingChange change) {
    return Optional.of(new ChatCommand.ChangeSettings(change));
  }

  /** An option's value as text (for channels and roles: the id), when given. */
  private static Optional<String> text(CommandInteractionPayload command, String option) {
    return Optional.ofNullable(command.getOption(option)).map(OptionMapping::getAsString);
  }

  /** Whole seconds; a value beyond int stays out of range so the chat layer refuses it. */
  private static int seconds(CommandInteractionPayload command, String option) {
    OptionMapping value = command.getOption(option);
    if (value == null) {
      return -1;
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value.getAsLong()));
  }
}
