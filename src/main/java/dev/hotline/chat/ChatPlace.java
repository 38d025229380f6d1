package dev.hotline.chat;

/**
 * Where a message was written: a channel of a server (guild, group) or a direct conversation.
 *
 * @param serverId the server (Discord guild, Telegram group) or {@code null} in a direct chat
 */
public record ChatPlace(Platform platform, String serverId, String channelId) {
  public boolean direct() {
    return serverId == null;
  }

  /** A key that names this place's server settings, unique across platforms. */
  public String settingsKey() {
    return platform.name().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + (direct() ? "dm:" + channelId : serverId);
  }
}
