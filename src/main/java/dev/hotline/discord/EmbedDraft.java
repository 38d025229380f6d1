package dev.hotline.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An embed being put together from text already cut to each part's limit, which trims the longest
 * parts when together they pass the embed's total limit.
 */
final class EmbedDraft {
  /** Discord refuses empty names, values and descriptions; a zero-width space shows nothing. */
  private static final String NOTHING = "\u200b";

  private final int color;
  private String title = "";
  private String description = "";
  private final List<String[]> fields = new ArrayList<>();
  private String footer = "";

  EmbedDraft(int color) {
    this.color = color;
  }

  EmbedDraft title(String text) {
    this.title = text;
    return this;
  }

  EmbedDraft description(String text) {
    this.description = text;
    return this;
  }

  EmbedDraft field(String name, String value) {
    fields.add(new String[] {name, value});
    return this;
  }

  EmbedDraft footer(String text) {
    this.footer = text;
    return this;
  }

  /** The characters Discord counts against the total: title, description, fields and footer. */
  int length() {
    int length = title.length() + description.length() + footer.length();
    for (String[] field : fields) {
      length += field[0].length() + field[1].length();
    }
    return length;
  }

  MessageEmbed build(int totalLimit) {
    shrinkTo(totalLimit);
    EmbedBuilder embed = new EmbedBuilder().setColor(color);
    if (!title.isBlank()) {
      embed.setTitle(title);
    }
    embed.setDescription(description.isBlank() && fields.isEmpty() ? NOTHING : description);
    for (String[] field : fields) {
      embed.addField(orNothing(field[0]), orNothing(field[1]), false);
    }
    if (!footer.isBlank()) {
      embed.setFooter(footer);
    }
    return embed.build();
  }

  /** Cuts the longest of description, field values and footer until the whole fits. */
  private void shrinkTo(int totalLimit) {
    int overflow = length() - totalLimit;
    while (overflow > 0) {
      int longestField = -1;
      int longest = Math.max(description.length(), footer.length());
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i)[1].length() > longest) {
          longest = fields.get(i)[1].length();
          longestField = i;
        }
      }
      int target = Math.max(1, longest - overflow);
      if (longestField >= 0) {
        fields.get(longestField)[1] = DiscordText.truncate(fields.get(longestField)[1], target);
      } else if (description.length() >= footer.length()) {
        description = DiscordText.truncate(description, target);
      } else {
        footer = DiscordText.truncate(footer, target);
      }
      int next = length() - totalLimit;
      if (next >= overflow) {
        // Nothing left to trim but titles and names, each within its own limit: drop fields.
        fields.removeLast();
        next = length() - totalLimit;
      }
      overflow = next;
    }
  }

  private static String orNothing(String text) {
    return text.isBlank() ? NOTHING : text;
  }
}
