package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Sends rendered replies through an interaction. Every request sets its allowed mentions itself:
 * JDA's global "no mentions" default does not reach edits or webhook messages.
 */
final class InteractionReplies {
  private final DiscordFailures failures;
  private final PendingRequests pending;

  InteractionReplies(DiscordFailures failures, PendingRequests pending) {
    this.failures = failures;
    this.pending = pending;
  }

  /** Answers the interaction at once, for work that takes no time. */
  void reply(IReplyCallback event, ChatPlace place, DiscordMessage message, String what) {
    pending.queue(
        event
            .reply(message.toCreateData())
            .setEphemeral(message.ephemeral())
            .setAllowedMentions(DiscordConnection.noMentions()),
        failures.interaction(place, what));
  }

  /** Replaces the "thinking…" placeholder of a deferred reply with the reply. */
  void finish(
      InteractionHook hook,
      boolean deferredEphemeral,
      ChatPlace place,
      DiscordMessage message,
      String what) {
    if (message.ephemeral() && !deferredEphemeral) {
      // The placeholder is public, the reply is for the asker only, and Discord cannot change a
      // message's visibility: remove the placeholder and follow up privately instead.
      pending.queue(
          hook.deleteOriginal()
              .flatMap(
                  deleted ->
                      hook.sendMessage(message.toCreateData())
                          .setEphemeral(true)
                          .setAllowedMentions(DiscordConnection.noMentions())),
          failures.interaction(place, what));
      return;
    }
    pending.queue(
        hook.editOriginalEmbeds(message.embeds())
            .setContent(message.content())
            .setComponents(message.rows())
            .setAllowedMentions(DiscordConnection.noMentions()),
        failures.interaction(place, what));
  }

  /** Replaces the message a button is on, keeping its visibility. */
  void replaceClicked(
      ButtonInteractionEvent event, ChatPlace place, DiscordMessage message, String what) {
    replaceClicked(event, place, message, what, Optional.empty());
  }

  /** Replaces the message a button is on, then sends {@code next} after it, if any. */
  void replaceClicked(
      ButtonInteractionEvent event,
      ChatPlace place,
      DiscordMessage message,
      String what,
      Optional<DiscordMessage> next) {
    var edit =
        event
            .editMessageEmbeds(message.embeds())
            .setContent(message.content())
            .setComponents(message.rows())
            .setAllowedMentions(DiscordConnection.noMentions());
    if (next.isEmpty()) {
      pending.queue(edit, failures.interaction(place, what));
      return;
    }
    pending.queue(
        edit.flatMap(
            hook ->
                hook.sendMessage(next.get().toCreateData())
                    .setEphemeral(next.get().ephemeral())
                    .setAllowedMentions(DiscordConnection.noMentions())),
        failures.interaction(place, what));
  }

  /**
   * Deletes the message a button is on, through the interaction so that it works for any message
   * Hotline sent.
   */
  void deleteClicked(ButtonInteractionEvent event, ChatPlace place, String what) {
    pending.queue(
        event.deferEdit().flatMap(hook -> hook.deleteOriginal()),
        failures.interaction(place, what));
  }
}
