package dev.hotline.discord;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Answers slash commands. Questions and day lookups take a search, so they are acknowledged first
 * ("thinking…", within Discord's three seconds) and answered from a worker; the rest answer at
 * once.
 */
final class SlashCommandHandler {
  private final ChatService chat;
  private final DiscordRenderer renderer;
  private final InteractionReplies replies;
  private final DiscordFailures failures;
  private final SlowWork work;
  private final PendingRequests pending;

  SlashCommandHandler(
      ChatService chat,
      DiscordRenderer renderer,
      InteractionReplies replies,
      DiscordFailures failures,
      SlowWork work,
      PendingRequests pending) {
    this.chat = chat;
    this.renderer = renderer;
    this.replies = replies;
    this.failures = failures;
    this.work = work;
    this.pending = pending;
  }

  void handle(SlashCommandInteractionEvent event) {
    ChatPlace place =
        DiscordIdentity.place(event.getGuild(), event.getChannel(), event.getChannelId());
    ChatUser user = DiscordIdentity.user(event.getUser(), event.getMember());
    String what = "answer /" + event.getName();
    Optional<ChatCommand> command = SlashCommandReader.read(event, place.channelId());
    if (command.isEmpty()) {
      replies.reply(
          event, place, renderer.render(AdapterNotices.unknownCommand(), user.id()), what);
      return;
    }
    if (!takesTime(command.get())) {
      replies.reply(
          event, place, renderer.render(chat.handle(user, place, command.get()), user.id()), what);
      return;
    }
    boolean ephemeral = expectsPrivateReply(command.get(), place);
    pending.queue(
        event.deferReply(ephemeral),
        failures.interaction(place, "acknowledge /" + event.getName()));
    InteractionHook hook = event.getHook();
    String token = event.getToken();
    work.submit(
        () -> {
          ChatReply reply = chat.handle(user, place, command.get());
          replies.finish(hook, ephemeral, place, renderer.render(reply, user.id()), what);
          if (reply instanceof ChatReply.QuizReply quiz && !quiz.card().solo()) {
            // Its answer is shown by editing this reply when the quiz closes.
            chat.quizzes().posted(quiz.card().roundId(), QuizMessages.interaction(token));
          }
        },
        () ->
            replies.finish(
                hook, ephemeral, place, renderer.render(AdapterNotices.busy(), user.id()), what));
  }

  private static boolean takesTime(ChatCommand command) {
    return command instanceof ChatCommand.Ask
        || command instanceof ChatCommand.OnThisDay
        || command instanceof ChatCommand.Quiz
        || command instanceof ChatCommand.Study;
  }

  /**
   * Whether the placeholder should be private already: an answer is when the asker or the server
   * wants it so. A reply that turns out private anyway (a refusal) is moved there afterwards.
   */
  private boolean expectsPrivateReply(ChatCommand command, ChatPlace place) {
    if (place.direct() || !(command instanceof ChatCommand.Ask ask)) {
      return false;
    }
    return ask.privately().orElseGet(() -> chat.settingsOf(place).privateAnswers());
  }
}
