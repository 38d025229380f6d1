package dev.hotline.discord;

import static dev.hotline.discord.DiscordRenderer.EMBED_TOTAL_LIMIT;
import static dev.hotline.discord.DiscordRenderer.FIELD_NAME_LIMIT;
import static dev.hotline.discord.DiscordRenderer.FIELD_VALUE_LIMIT;
import static dev.hotline.discord.DiscordRenderer.TITLE_LIMIT;

import dev.hotline.chat.DayCard;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** A day card as an embed: one field per event, dated, told in a sentence, with its source. */
final class DayEmbed {
  static final int COLOR = 0x8A6D2F;
  static final int SENTENCE_CHARS = 400;
  static final int SOURCE_TITLE_CHARS = 150;

  private DayEmbed() {}

  static MessageEmbed of(DayCard card) {
    EmbedDraft embed = new EmbedDraft(COLOR).title(DiscordText.truncate(title(card), TITLE_LIMIT));
    card.whyAnotherDay().ifPresent(embed::description);
    for (DayCard.DayEvent event : card.events()) {
      embed.field(
          DiscordText.truncate(DiscordText.escape(eventDate(event)), FIELD_NAME_LIMIT),
          eventText(event));
    }
    return embed.build(EMBED_TOTAL_LIMIT);
  }

  static String title(DayCard card) {
    return card.heading();
  }

  static String eventDate(DayCard.DayEvent event) {
    String words = DiscordText.oneLine(event.dateWords());
    String iso = DiscordText.oneLine(event.iso());
    return words.equals(iso) || iso.isEmpty() ? words : words + " · " + iso;
  }

  static String eventText(DayCard.DayEvent event) {
    String sentence = DiscordText.fitEscaped(DiscordText.oneLine(event.sentence()), SENTENCE_CHARS);
    String title = DiscordText.oneLine(event.title());
    String name =
        title.isEmpty() ? "Untitled article" : DiscordText.fitEscaped(title, SOURCE_TITLE_CHARS);
    String source =
        SafeLinks.http(event.url())
            .filter(link -> link.length() <= AnswerEmbed.LINK_CHARS)
            .map(link -> "[" + name + "](" + link + ")")
            .orElse(name);
    return DiscordText.truncate(sentence + "\n— " + source, FIELD_VALUE_LIMIT);
  }
}
