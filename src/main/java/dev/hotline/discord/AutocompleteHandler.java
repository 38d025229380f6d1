package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;

/** Offers article titles while a question is typed into {@code /ask}. */
final class AutocompleteHandler {
    private final GuardedChat chat;
    private final DiscordRenderer renderer;
    private final DiscordFailures failures;
    private final PendingRequests pending;

    AutocompleteHandler(GuardedChat chat, DiscordRenderer renderer, DiscordFailures failures, PendingRequests pending) {
        this.chat = chat;
        this.renderer = renderer;
        this.failures = failures;
        this.pending = pending;
    }

    void handle(CommandAutoCompleteInteractionEvent event) {
        ChatPlace place = DiscordIdentity.place(event.getGuild(), event.getChannel(), event.getChannelId());
        boolean question = SlashCommands.ASK.equals(event.getName())
                && SlashCommands.QUESTION.equals(event.getFocusedOption().getName());
        List<String> topics = question ? chat.service().suggest(event.getFocusedOption().getValue()) : List.of();
        pending.queue(event.replyChoices(renderer.choices(topics)), failures.interaction(place, "suggest topics"));
    }
}
