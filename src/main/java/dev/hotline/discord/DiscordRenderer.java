package dev.hotline.discord;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.QuizCard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Renders the chat layer's replies as Discord messages, within Discord's limits: every limit the
 * adapter respects is written here, and every text is cut to fit before JDA sees it.
 */
public final class DiscordRenderer {
  /** Discord's limits, in UTF-16 characters as JDA counts them (never fewer than Discord's). */
  public static final int TITLE_LIMIT = 256;

  public static final int DESCRIPTION_LIMIT = 4096;
  public static final int FIELD_NAME_LIMIT = 256;
  public static final int FIELD_VALUE_LIMIT = 1024;
  public static final int FOOTER_LIMIT = 2048;
  public static final int EMBED_TOTAL_LIMIT = 6000;
  public static final int CONTENT_LIMIT = 2000;
  public static final int CUSTOM_ID_LIMIT = 100;
  public static final int CHOICE_LIMIT = 100;
  public static final int MAX_CHOICES = 25;

  public static final int BUTTON_LABEL_LIMIT = 80;

  static final String ANOTHER_LABEL = "Another answer";
  static final String DELETE_LABEL = "Delete";

  /** A reply as the chat layer meant it: private replies are ephemeral. */
  public DiscordMessage render(ChatReply reply, String askerId) {
    return render(reply, askerId, reply.privately());
  }

  /**
   * A reply shown to everyone or, when {@code ephemeral}, to the asker only (a button click edits a
   * message whose visibility is already set); only public replies get a "Delete" button.
   */
  public DiscordMessage render(ChatReply reply, String askerId, boolean ephemeral) {
    return switch (reply) {
      case ChatReply.AnswerReply answer ->
          new DiscordMessage(
              "",
              List.of(AnswerEmbed.of(answer.card())),
              answerButtons(answer.card(), askerId, ephemeral),
              ephemeral);
      case ChatReply.DayReply day ->
          new DiscordMessage(
              "", List.of(DayEmbed.of(day.card())), deleteButton(askerId, ephemeral), ephemeral);
      case ChatReply.Notice notice ->
          new DiscordMessage("", List.of(NoticeEmbed.of(notice)), List.of(), ephemeral);
      case ChatReply.QuizReply quiz ->
          new DiscordMessage(
              "", List.of(QuizEmbed.of(quiz.card())), quizButtons(quiz.card()), ephemeral);
    };
  }

  /**
   * A quiz's four buttons while it is open, each labelled with its number and as much of its choice
   * as fits; none once it is revealed.
   */
  static List<Button> quizButtons(QuizCard card) {
    if (card.revealed()) {
      return List.of();
    }
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < card.choices().size(); i++) {
      String id = ButtonIds.quizChoice(card.roundId(), i + 1);
      String label =
          DiscordText.truncate(
              (i + 1) + " · " + DiscordText.oneLine(card.choices().get(i)), BUTTON_LABEL_LIMIT);
      buttons.add(Button.primary(id, label));
    }
    return buttons;
  }

  /** The same reply as plain text, for a channel where Hotline may not embed links. */
  public DiscordMessage renderPlain(ChatReply reply, String askerId, boolean ephemeral) {
    List<Button> buttons =
        switch (reply) {
          case ChatReply.AnswerReply answer -> answerButtons(answer.card(), askerId, ephemeral);
          case ChatReply.DayReply day -> deleteButton(askerId, ephemeral);
          case ChatReply.Notice notice -> List.of();
          case ChatReply.QuizReply quiz -> quizButtons(quiz.card());
        };
    return new DiscordMessage(PlainReply.of(reply), List.of(), buttons, ephemeral);
  }

  /**
   * Autocomplete choices from suggested topics: distinct, non-blank, each within Discord's length.
   */
  public List<Command.Choice> choices(List<String> topics) {
    Set<String> seen = new LinkedHashSet<>();
    for (String topic : topics) {
      String choice = DiscordText.truncate(DiscordText.oneLine(topic), CHOICE_LIMIT);
      if (!choice.isEmpty()) {
        seen.add(choice);
      }
      if (seen.size() == MAX_CHOICES) {
        break;
      }
    }
    List<Command.Choice> choices = new ArrayList<>();
    seen.forEach(choice -> choices.add(new Command.Choice(choice, choice)));
    return choices;
  }

  private static List<Button> answerButtons(AnswerCard card, String askerId, boolean ephemeral) {
    List<Button> buttons = new ArrayList<>();
    if (card.hasAnother() && card.token() != null && !card.token().isEmpty() && askerId != null) {
      String id = ButtonIds.another(card.token(), askerId);
      // An id Hotline could not read back would make a dead button: leave it out instead.
      if (id.length() <= CUSTOM_ID_LIMIT && ButtonIds.parse(id).isPresent()) {
        buttons.add(Button.secondary(id, ANOTHER_LABEL));
      }
    }
    buttons.addAll(deleteButton(askerId, ephemeral));
    return buttons;
  }

  /** Ephemeral messages need no "Delete": Discord lets their one reader dismiss them. */
  private static List<Button> deleteButton(String askerId, boolean ephemeral) {
    if (ephemeral || askerId == null) {
      return List.of();
    }
    String id = ButtonIds.delete(askerId);
    return id.length() <= CUSTOM_ID_LIMIT && ButtonIds.parse(id).isPresent()
        ? List.of(Button.danger(id, DELETE_LABEL))
        : List.of();
  }
}
