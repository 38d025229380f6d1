package dev.hotline.discord;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** Handles clicks on "Another answer", "Delete" and quiz choices. */
final class ButtonHandler {
  private final ChatService chat;
  private final DiscordRenderer renderer;
  private final InteractionReplies replies;

  ButtonHandler(ChatService chat, DiscordRenderer renderer, InteractionReplies replies) {
    this.chat = chat;
    this.renderer = renderer;
    this.replies = replies;
  }

  void handle(ButtonInteractionEvent event) {
    ChatPlace place =
        DiscordIdentity.place(event.getGuild(), event.getChannel(), event.getChannelId());
    ChatUser clicker = DiscordIdentity.user(event.getUser(), event.getMember());
    Optional<ButtonIds.Click> click = ButtonIds.parse(event.getComponentId());
    if (click.isEmpty()) {
      replies.reply(
          event,
          place,
          renderer.render(AdapterNotices.staleButton(), clicker.id()),
          "answer a stale button");
      return;
    }
    switch (click.get()) {
      case ButtonIds.Another another -> another(event, place, clicker, another);
      case ButtonIds.Delete delete -> delete(event, place, clicker, delete);
      case ButtonIds.QuizChoice choice -> quiz(event, place, clicker, choice);
    }
  }

  /**
   * A quiz answer: acknowledged to the clicker alone ("locked in", or that the quiz is over); in a
   * solo quiz (practice) the message turns into the answer and the next question follows.
   */
  private void quiz(
      ButtonInteractionEvent event,
      ChatPlace place,
      ChatUser clicker,
      ButtonIds.QuizChoice choice) {
    ChatReply reply =
        chat.handle(clicker, place, new ChatCommand.QuizAnswer(choice.roundId(), choice.choice()));
    if (reply instanceof ChatReply.QuizReply quiz) {
      boolean ephemeral = event.getMessage().isEphemeral();
      replies.replaceClicked(
          event,
          place,
          renderer.render(new ChatReply.QuizReply(quiz.card()), clicker.id(), ephemeral),
          "show a quiz's answer",
          quiz.next()
              .map(
                  next -> renderer.render(new ChatReply.QuizReply(next), clicker.id(), ephemeral)));
    } else {
      replies.reply(
          event, place, renderer.render(reply, clicker.id(), true), "acknowledge a quiz answer");
    }
  }

  /**
   * Shows the next alternative in the same message; anything else (an expired answer) goes to the
   * clicker alone.
   */
  private void another(
      ButtonInteractionEvent event, ChatPlace place, ChatUser clicker, ButtonIds.Another another) {
    ChatReply reply = chat.handle(clicker, place, new ChatCommand.AnotherAnswer(another.token()));
    if (reply instanceof ChatReply.AnswerReply) {
      boolean ephemeral = event.getMessage().isEphemeral();
      replies.replaceClicked(
          event,
          place,
          renderer.render(reply, another.askerId(), ephemeral),
          "show another answer");
    } else {
      replies.reply(
          event, place, renderer.render(reply, clicker.id(), true), "answer another-answer click");
    }
  }

  /** Deletes for the asker and for moderators; refuses anyone else, privately. */
  private void delete(
      ButtonInteractionEvent event, ChatPlace place, ChatUser clicker, ButtonIds.Delete delete) {
    boolean asker = clicker.id().equals(delete.askerId());
    boolean moderator = !place.direct() && chat.settingsOf(place).isModerator(clicker);
    if (asker || moderator) {
      replies.deleteClicked(event, place, "delete an answer");
    } else {
      replies.reply(
          event,
          place,
          renderer.render(AdapterNotices.deleteRefused(), clicker.id()),
          "refuse a delete");
    }
  }
}
