package dev.hotline.chat;

import java.util.Set;

/**
 * A server's moderation policy, as data: who moderates, where Hotline speaks, how it answers.
 *
 * @param moderatorRole a role whose members may change settings besides admins, or {@code null}
 * @param allowedChannels channels Hotline answers in; empty means every channel
 */
public record ServerSettings(
    String moderatorRole,
    Set<String> allowedChannels,
    boolean privateAnswers,
    int userCooldownSeconds,
    int channelCooldownSeconds) {

  // The cooldown defaults, in one place (docs/discord.md and docs/telegram.md repeat them). A user
  // may ask USER_BURST questions in a row, then one every userCooldownSeconds; a channel takes
  // CHANNEL_BURST in a row (a few people's bursts at once), then one every channelCooldownSeconds.
  // Moderators change the seconds; 0 switches a limit off. Direct chats have no channel limit.

  /** Questions a user may ask in a row before the user cooldown applies. */
  public static final int USER_BURST = 5;

  /** Seconds a user waits for each further question once the burst is used up. */
  public static final int DEFAULT_USER_COOLDOWN = 5;

  /** Questions a channel takes in a row before the channel cooldown applies. */
  public static final int CHANNEL_BURST = 15;

  /** Seconds a channel waits for each further question once its burst is used up. */
  public static final int DEFAULT_CHANNEL_COOLDOWN = 2;

  /** Cooldowns above this would make the bot look broken. */
  public static final int MAX_COOLDOWN = 3600;

  public ServerSettings {
    allowedChannels = Set.copyOf(allowedChannels);
  }

  public static ServerSettings defaults() {
    return new ServerSettings(
        null, Set.of(), false, DEFAULT_USER_COOLDOWN, DEFAULT_CHANNEL_COOLDOWN);
  }

  public boolean answersIn(String channelId) {
    return allowedChannels.isEmpty() || allowedChannels.contains(channelId);
  }

  public boolean isModerator(ChatUser user) {
    return user.admin() || moderatorRole != null && user.roles().contains(moderatorRole);
  }

  ServerSettings with(SettingChange change) {
    return switch (change) {
      case SettingChange.ModeratorRole r ->
          new ServerSettings(
              r.roleId(),
              allowedChannels,
              privateAnswers,
              userCooldownSeconds,
              channelCooldownSeconds);
      case SettingChange.AllowChannel a ->
          new ServerSettings(
              moderatorRole,
              plus(allowedChannels, a.channelId()),
              privateAnswers,
              userCooldownSeconds,
              channelCooldownSeconds);
      case SettingChange.DisallowChannel d ->
          new ServerSettings(
              moderatorRole,
              minus(allowedChannels, d.channelId()),
              privateAnswers,
              userCooldownSeconds,
              channelCooldownSeconds);
      case SettingChange.AllowAllChannels all ->
          new ServerSettings(
              moderatorRole, Set.of(), privateAnswers, userCooldownSeconds, channelCooldownSeconds);
      case SettingChange.PrivateAnswers p ->
          new ServerSettings(
              moderatorRole,
              allowedChannels,
              p.privately(),
              userCooldownSeconds,
              channelCooldownSeconds);
      case SettingChange.Cooldowns c ->
          new ServerSettings(
              moderatorRole, allowedChannels, privateAnswers, c.userSeconds(), c.channelSeconds());
    };
  }

  /** The same settings with {@code from} in the allowed channels replaced by {@code to}. */
  ServerSettings withChannelRenamed(String from, String to) {
    if (!allowedChannels.contains(from)) {
      return this;
    }
    return new ServerSettings(
        moderatorRole,
        plus(minus(allowedChannels, from), to),
        privateAnswers,
        userCooldownSeconds,
        channelCooldownSeconds);
  }

  private static Set<String> plus(Set<String> set, String value) {
    java.util.Set<String> copy = new java.util.LinkedHashSet<>(set);
    copy.add(value);
    return copy;
  }

  private static Set<String> minus(Set<String> set, String value) {
    java.util.Set<String> copy = new java.util.LinkedHashSet<>(set);
    copy.remove(value);
    return copy;
  }
}
