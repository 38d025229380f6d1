package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;

/**
 * Offers article titles while a question is typed into {@code /ask} or a topic into {@code /quiz},
 * and time zones for {@code /daily on} and {@code /quiz-settings daily on}.
 */
final class AutocompleteHandler {
  private final ChatService chat;
  private final DiscordRenderer renderer;
  private final DiscordFailures failures;
  private final PendingRequests pending;
  private final TimeZoneChoices zones = new TimeZoneChoices();

  AutocompleteHandler(
      ChatService chat,
      DiscordRenderer renderer,
      DiscordFailures failures,
      PendingRequests pending) {
    this.chat = chat;
    this.renderer = renderer;
    this.failures = failures;
    this.pending = pending;
  }

  void handle(CommandAutoCompleteInteractionEvent event) {
    ChatPlace place =
        DiscordIdentity.place(event.getGuild(), event.getChannel(), event.getChannelId());
    String option = event.getFocusedOption().getName();
    String typed = event.getFocusedOption().getValue();
    List<String> choices;
    if (SlashCommands.ASK.equals(event.getName()) && SlashCommands.QUESTION.equals(option)) {
      choices = chat.suggest(typed);
    } else if (SlashCommands.QUIZ.equals(event.getName()) && SlashCommands.TOPIC.equals(option)) {
      choices = chat.suggest(typed);
    } else if ((SlashCommands.DAILY.equals(event.getName())
            || SlashCommands.QUIZ_SETTINGS.equals(event.getName()))
        && SlashCommands.TIMEZONE.equals(option)) {
      choices = zones.matching(typed);
    } else {
      choices = List.of();
    }
    pending.queue(
        event.replyChoices(renderer.choices(choices)),
        failures.interaction(place, "suggest " + option));
  }
}
