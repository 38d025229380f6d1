package dev.hotline.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the JDA events Hotline answers to their handlers, and keeps a handler's bug from reaching
 * JDA.
 */
final class DiscordListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

  private final SlashCommandHandler slash;
  private final AutocompleteHandler autocomplete;
  private final ButtonHandler buttons;
  private final MentionHandler mentions;

  DiscordListener(
      SlashCommandHandler slash,
      AutocompleteHandler autocomplete,
      ButtonHandler buttons,
      MentionHandler mentions) {
    this.slash = slash;
    this.autocomplete = autocomplete;
    this.buttons = buttons;
    this.mentions = mentions;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    guarded("a slash command", () -> slash.handle(event));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    guarded("an autocomplete", () -> autocomplete.handle(event));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    guarded("a button click", () -> buttons.handle(event));
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    guarded("a message", () -> mentions.handle(event));
  }

  private static void guarded(String what, Runnable handling) {
    try {
      handling.run();
    } catch (RuntimeException e) {
      log.error("Handling {} failed", what, e);
    }
  }
}
