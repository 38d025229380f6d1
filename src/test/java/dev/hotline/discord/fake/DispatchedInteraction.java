package dev.hotline.discord.fake;

/**
 * An interaction the fake sent to the client, with the REST paths on which the bot answers it.
 *
 * @param messageId the message whose component was clicked, or 0 for commands
 */
public record DispatchedInteraction(
    String id, String token, String applicationId, long channelId, long messageId) {

  /** Where the bot acknowledges or replies: {@code POST /interactions/{id}/{token}/callback}. */
  public String callbackPath() {
    return "/interactions/" + id + "/" + token + "/callback";
  }

  /** Where the bot edits its first reply: {@code /webhooks/{app}/{token}/messages/@original}. */
  public String originalMessagePath() {
    return followupPath() + "/messages/@original";
  }

  /** Where the bot sends follow-up messages: {@code POST /webhooks/{app}/{token}}. */
  public String followupPath() {
    return "/webhooks/" + applicationId + "/" + token;
  }
}
