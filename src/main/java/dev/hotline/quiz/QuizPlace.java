package dev.hotline.quiz;

/**
 * Where a quiz is asked, in the chat layer's terms.
 *
 * @param serverId the server or group, {@code null} in a direct chat
 * @param channelId the channel (or the direct chat) the quiz is posted in
 * @param board whose scores and quiz settings the place shares: its server's, or the direct chat's
 *     own
 */
public record QuizPlace(String platform, String serverId, String channelId, String board) {
  public boolean direct() {
    return serverId == null;
  }

  /** The place's own key: a place never gets the same event twice in a row. */
  public String key() {
    return platform + ":" + (direct() ? "dm" : serverId) + ":" + channelId;
  }
}
