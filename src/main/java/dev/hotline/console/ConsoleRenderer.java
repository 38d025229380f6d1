package dev.hotline.console;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Excerpts;
import dev.hotline.chat.QuizCard;
import dev.hotline.cli.TerminalStyle;
import java.util.ArrayList;
import java.util.List;

/** Renders chat replies as plain terminal text. */
final class ConsoleRenderer {
  /** Passage shown around the answering sentence: a terminal screen, not a page. */
  static final int PASSAGE_CHARS = 600;

  private final TerminalStyle style;

  ConsoleRenderer(TerminalStyle style) {
    this.style = style;
  }

  List<String> render(ChatReply reply) {
    return switch (reply) {
      case ChatReply.AnswerReply answer -> answer(answer.card());
      case ChatReply.DayReply day -> day(day.card());
      case ChatReply.Notice notice -> notice(notice);
      case ChatReply.QuizReply quiz -> quiz(quiz);
    };
  }

  private static List<String> quiz(ChatReply.QuizReply reply) {
    List<String> lines = new ArrayList<>(quiz(reply.card()));
    reply
        .next()
        .ifPresent(
            next -> {
              lines.add("");
              lines.addAll(quiz(next));
            });
    return lines;
  }

  /** An open quiz with its numbered choices, or how a revealed one went, with the source. */
  static List<String> quiz(QuizCard card) {
    List<String> lines = new ArrayList<>();
    if (card.outcome().isEmpty()) {
      lines.add(card.heading() + ": " + oneLine(card.question()));
      for (int i = 0; i < card.choices().size(); i++) {
        lines.add("  " + (i + 1) + ") " + oneLine(card.choices().get(i)));
      }
      lines.add("  Type the number of your answer (1-" + card.choices().size() + ").");
      return lines;
    }
    QuizCard.Outcome outcome = card.outcome().get();
    String answer = (card.correct() + 1) + ") " + oneLine(card.answer());
    if (outcome.yourChoice().isPresent()) {
      int yours = outcome.yourChoice().getAsInt();
      lines.add(
          outcome.youWereRight(card.correct())
              ? "Right! The answer is " + answer + "."
              : "Wrong — the answer is "
                  + answer
                  + "; you said "
                  + (yours + 1)
                  + ") "
                  + oneLine(card.choices().get(yours))
                  + ".");
    } else {
      lines.add(
          "The answer: "
              + answer
              + " — "
              + outcome.right()
              + " of "
              + outcome.answered()
              + " got it right.");
    }
    lines.add("  " + oneLine(card.explanation()));
    QuizCard.Source source = card.source();
    lines.add(
        "  Source: "
            + source(
                source.title(),
                source.publisher(),
                source.published() == null ? null : source.published().toString(),
                source.url()));
    return lines;
  }

  private List<String> answer(AnswerCard card) {
    List<String> lines = new ArrayList<>(card.notes());
    lines.add(card.date().map(AnswerCard.CardDate::line).orElse("No date"));
    Excerpts.Excerpt excerpt =
        Excerpts.around(oneLine(card.passage()), oneLine(card.sentence()), PASSAGE_CHARS);
    lines.add("  " + style.excerpt(excerpt));
    lines.add(
        "  Source: "
            + source(
                card.title(),
                card.source(),
                card.published() == null ? null : card.published().toString(),
                card.url()));
    if (card.hasAnother()) {
      lines.add(
          "  Answer " + card.position() + " of " + card.total() + " — type /another for the next.");
    }
    return lines;
  }

  /**
   * A terminal wraps long lines itself; line breaks inside a passage would only break the indent.
   */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static List<String> day(DayCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(card.heading());
    card.whyAnotherDay().ifPresent(why -> lines.add("  " + why));
    for (DayCard.DayEvent event : card.events()) {
      lines.add("• " + event.dateWords() + " — " + event.sentence());
      lines.add("  Source: " + source(event.title(), event.source(), null, event.url()));
    }
    return lines;
  }

  private static List<String> notice(ChatReply.Notice notice) {
    List<String> lines = new ArrayList<>();
    lines.add(notice.title());
    notice.lines().forEach(line -> lines.add("  " + line));
    return lines;
  }

  private static String source(String title, String source, String published, String url) {
    StringBuilder text = new StringBuilder(title);
    if (source != null && !source.isBlank()) {
      text.append(" — ").append(source);
    }
    if (published != null) {
      text.append(", published ").append(published);
    }
    if (url != null) {
      text.append(" ").append(url);
    }
    return text.toString();
  }
}
