package dev.hotline.chat;

/** One change a moderator can make to a server's settings. */
public sealed interface SettingChange {
  /** Members with this role may change settings; {@code null} leaves it to admins only. */
  record ModeratorRole(String roleId) implements SettingChange {}

  /** Answer in this channel (and, once any is allowed, only in allowed channels). */
  record AllowChannel(String channelId) implements SettingChange {}

  record DisallowChannel(String channelId) implements SettingChange {}

  /** Answer in every channel again. */
  record AllowAllChannels() implements SettingChange {}

  /** Whether answers are visible only to the asker unless they ask otherwise. */
  record PrivateAnswers(boolean privately) implements SettingChange {}

  /** Seconds a user, and a channel, must wait between questions. */
  record Cooldowns(int userSeconds, int channelSeconds) implements SettingChange {}
}
