package dev.hotline.discord;

import static dev.hotline.discord.DiscordRenderer.DESCRIPTION_LIMIT;
import static dev.hotline.discord.DiscordRenderer.EMBED_TOTAL_LIMIT;
import static dev.hotline.discord.DiscordRenderer.TITLE_LIMIT;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** A notice as an embed, coloured by what it is about; its lines in order, as many as fit. */
final class NoticeEmbed {
  private NoticeEmbed() {}

  static MessageEmbed of(Notice notice) {
    String title = DiscordText.oneLine(notice.title());
    return new EmbedDraft(color(notice.kind()))
        .title(
            DiscordText.truncate(
                DiscordText.escape(title.isEmpty() ? "Hotline" : title), TITLE_LIMIT))
        .description(lines(notice.lines(), DESCRIPTION_LIMIT))
        .build(EMBED_TOTAL_LIMIT);
  }

  /**
   * Escaped lines up to {@code limit}; a line that does not fit whole is cut at a sentence and ends
   * the text.
   */
  static String lines(List<String> lines, int limit) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String separator = text.isEmpty() ? "" : "\n";
      String escaped = DiscordText.escape(DiscordText.clean(line));
      int room = limit - text.length() - separator.length();
      if (escaped.length() <= room) {
        text.append(separator).append(escaped);
        continue;
      }
      if (room > 1) {
        text.append(separator).append(DiscordText.fitEscaped(line, room));
      }
      break;
    }
    return text.toString();
  }

  static int color(NoticeKind kind) {
    return switch (kind) {
      case INFO -> 0x4F7CAC;
      case NO_ANSWER -> 0x7A7A7A;
      case COOLDOWN -> 0xD9A441;
      case REFUSED -> 0xB03A2E;
      case USER_ERROR -> 0xD9822B;
    };
  }
}
