package dev.hotline.discord;

import java.util.regex.Pattern;

/** The question in a message that mentions the bot: the text without the bot's mention. */
final class MentionText {
  private MentionText() {}

  static String question(String content, String botId) {
    if (content == null) {
      return "";
    }
    // Discord writes a user mention as <@id>, and older clients as <@!id>.
    Pattern mention = Pattern.compile("<@!?" + Pattern.quote(botId) + ">");
    return mention.matcher(content).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }
}
