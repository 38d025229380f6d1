package dev.hotline.discord;

import static dev.hotline.discord.DiscordRenderer.DESCRIPTION_LIMIT;
import static dev.hotline.discord.DiscordRenderer.EMBED_TOTAL_LIMIT;
import static dev.hotline.discord.DiscordRenderer.FIELD_VALUE_LIMIT;
import static dev.hotline.discord.DiscordRenderer.TITLE_LIMIT;

import dev.hotline.chat.QuizCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A quiz as an embed: the question and its numbered choices while it is open (with when answers
 * close, as a Discord timestamp each reader sees in their own time), then the right answer, how
 * many got it, and the source once revealed.
 */
final class QuizEmbed {
  static final int COLOR = 0x6A4C93;
  static final int REVEALED_COLOR = 0x3C8D5A;
  static final String RIGHT = "✅";
  static final String WRONG = "❌";

  private QuizEmbed() {}

  static MessageEmbed of(QuizCard card) {
    EmbedDraft embed =
        new EmbedDraft(card.revealed() ? REVEALED_COLOR : COLOR)
            .title(DiscordText.truncate(DiscordText.escape(title(card)), TITLE_LIMIT))
            .description(DiscordText.truncate(String.join("\n", lines(card)), DESCRIPTION_LIMIT));
    if (card.revealed()) {
      embed.field(
          "Source",
          AnswerEmbed.source(
              card.source().title(),
              card.source().publisher(),
              card.source().published(),
              card.source().url()));
    }
    return embed.build(EMBED_TOTAL_LIMIT);
  }

  static String title(QuizCard card) {
    return card.revealed() ? card.heading() + " — the answer" : card.heading();
  }

  /** The question, the choices (marked once revealed), and what to do or how it went. */
  static List<String> lines(QuizCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(DiscordText.fitEscaped(DiscordText.oneLine(card.question()), 400));
    lines.add("");
    int yours = card.outcome().flatMap(o -> boxed(o.yourChoice())).orElse(-1);
    for (int i = 0; i < card.choices().size(); i++) {
      String mark = "";
      if (card.revealed() && i == card.correct()) {
        mark = RIGHT + " ";
      } else if (card.revealed() && i == yours) {
        mark = WRONG + " ";
      }
      lines.add(
          mark
              + "**"
              + (i + 1)
              + ".** "
              + DiscordText.fitEscaped(DiscordText.oneLine(card.choices().get(i)), 200));
    }
    lines.add("");
    if (card.outcome().isEmpty()) {
      lines.add(
          card.solo()
              ? "Pick your answer below."
              : "Answers close <t:"
                  + card.closesAt().getEpochSecond()
                  + ":R>. Each member's first click counts.");
      return lines;
    }
    QuizCard.Outcome outcome = card.outcome().get();
    if (outcome.yourChoice().isPresent()) {
      lines.add(
          outcome.youWereRight(card.correct())
              ? "**Right!**"
              : "**Not quite** — the answer is " + (card.correct() + 1) + ".");
    } else if (outcome.answered() == 0) {
      lines.add("Nobody answered.");
    } else {
      lines.add("**" + outcome.right() + " of " + outcome.answered() + "** got it right.");
    }
    lines.add(DiscordText.fitEscaped(DiscordText.oneLine(card.explanation()), FIELD_VALUE_LIMIT));
    return lines;
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
