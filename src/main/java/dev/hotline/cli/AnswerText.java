package dev.hotline.cli;

import dev.hotline.answer.Answer;
import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.Excerpts;
import java.io.PrintWriter;

/**
 * Prints answers for a terminal: one date line (with the event when Hotline knows it), the passage
 * cut around its answering sentence, and the source.
 */
final class AnswerText {
  /** Characters of passage around the best answer: a few sentences of context. */
  static final int BEST_PASSAGE_CHARS = 600;

  /** Characters of passage around an alternative. */
  static final int ALTERNATIVE_PASSAGE_CHARS = 300;

  private AnswerText() {}

  /**
   * Prints {@code answer}; with {@code passageChars} of 0 only its answering sentence, as a list of
   * the day's events shows it.
   */
  static void print(PrintWriter out, Answer answer, int passageChars, TerminalStyle style) {
    out.println(
        answer.date().map(d -> AnswerCard.CardDate.of(d, answer.event()).line()).orElse("No date"));
    String passage = oneLine(answer.passage());
    String sentence = oneLine(answer.sentence());
    Excerpts.Excerpt excerpt =
        passageChars == 0
            ? new Excerpts.Excerpt("", sentence, "")
            : Excerpts.around(passage, sentence, passageChars);
    out.println("  " + style.excerpt(excerpt));
    out.println("  Source: " + source(answer));
  }

  static String source(Answer answer) {
    StringBuilder source = new StringBuilder(answer.title());
    if (!answer.source().isBlank()) {
      source.append(" — ").append(answer.source());
    }
    if (answer.published() != null) {
      source.append(", published ").append(answer.published());
    }
    if (answer.url() != null) {
      source.append(" ").append(answer.url());
    }
    return source.toString();
  }

  /**
   * A terminal wraps long lines itself; line breaks inside a passage would only break the indent.
   */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
