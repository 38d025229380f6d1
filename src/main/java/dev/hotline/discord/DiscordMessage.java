package dev.hotline.discord;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A reply as Discord sends it: plain text, embeds and buttons, and whether only the person who
 * asked sees it.
 *
 * @param content plain text, empty when the embeds say it all
 */
public record DiscordMessage(
    String content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral) {

  public DiscordMessage {
    content = content == null ? "" : content;
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
  }

  /** The buttons as Discord lays them out: one row, or none. */
  public List<ActionRow> rows() {
    return buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons));
  }

  /** The message as a new post that allows no mention at all. */
  public MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows())
        .setAllowedMentions(DiscordConnection.noMentions())
        .mentionRepliedUser(false)
        .build();
  }
}
