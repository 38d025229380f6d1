package dev.hotline.discord;

import static dev.hotline.discord.DiscordRenderer.DESCRIPTION_LIMIT;
import static dev.hotline.discord.DiscordRenderer.EMBED_TOTAL_LIMIT;
import static dev.hotline.discord.DiscordRenderer.FIELD_VALUE_LIMIT;
import static dev.hotline.discord.DiscordRenderer.FOOTER_LIMIT;
import static dev.hotline.discord.DiscordRenderer.TITLE_LIMIT;

import dev.hotline.chat.AnswerCard;
import java.time.LocalDate;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An answer card as an embed: the date line (and the event) as title, the passage with its answer
 * in bold, the source, the position.
 */
final class AnswerEmbed {
  static final int COLOR = 0x2F5D8A;

  /**
   * The passage shown: enough to read the answer in context, short enough to take in at a glance.
   */
  static final int PASSAGE_CHARS = 1200;

  static final int SOURCE_TITLE_CHARS = 300;
  static final int SOURCE_NAME_CHARS = 200;

  /** Longer links are left out rather than risk cutting one in half at the field's limit. */
  static final int LINK_CHARS = 400;

  private AnswerEmbed() {}

  static MessageEmbed of(AnswerCard card) {
    EmbedDraft embed =
        new EmbedDraft(COLOR)
            .title(DiscordText.truncate(DiscordText.escape(title(card)), TITLE_LIMIT))
            .description(
                PassageExcerpt.withBoldSentence(
                    card.passage(), card.sentence(), PASSAGE_CHARS, DESCRIPTION_LIMIT))
            .field("Source", source(card.title(), card.source(), card.published(), card.url()));
    if (!card.notes().isEmpty()) {
      embed.field(
          "Note", DiscordText.fitEscaped(String.join("\n", card.notes()), FIELD_VALUE_LIMIT));
    }
    return embed
        .footer(
            DiscordText.truncate(
                position(card) + " · Asked: " + DiscordText.oneLine(card.question()), FOOTER_LIMIT))
        .build(EMBED_TOTAL_LIMIT);
  }

  /**
   * The card's one date line ("August 13, 1961 — East German forces seal the sector border"), or
   * the article's title for a passage without a date.
   */
  static String title(AnswerCard card) {
    return card.date()
        .map(date -> DiscordText.oneLine(date.line()))
        .filter(text -> !text.isBlank())
        .orElseGet(
            () ->
                DiscordText.oneLine(card.title()).isEmpty()
                    ? "Answer"
                    : DiscordText.oneLine(card.title()));
  }

  static String position(AnswerCard card) {
    return "Answer " + card.position() + " of " + card.total();
  }

  /**
   * The article title, linked when it has a safe link, then the source's name and the publication
   * date.
   */
  static String source(String title, String source, LocalDate published, String url) {
    String name = DiscordText.oneLine(title);
    String linked =
        name.isEmpty() ? "Untitled article" : DiscordText.fitEscaped(name, SOURCE_TITLE_CHARS);
    String link = SafeLinks.http(url).filter(u -> u.length() <= LINK_CHARS).orElse(null);
    StringBuilder text =
        new StringBuilder(link == null ? linked : "[" + linked + "](" + link + ")");
    String from = DiscordText.oneLine(source);
    if (!from.isEmpty() && !from.equals(name)) {
      text.append(" — ").append(DiscordText.fitEscaped(from, SOURCE_NAME_CHARS));
    }
    if (published != null) {
      text.append(" · published ").append(published);
    }
    return DiscordText.truncate(text.toString(), FIELD_VALUE_LIMIT);
  }
}
