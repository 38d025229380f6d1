package dev.hotline.cli;

import dev.hotline.answer.Answer;
import java.io.PrintWriter;

/** Prints answers for a terminal: date, answering sentence, passage and source. */
final class AnswerText {
  private AnswerText() {}

  static void print(PrintWriter out, Answer answer, boolean withPassage) {
    String date =
        answer.date().map(d -> d.value().inWords() + " (" + d.iso() + ")").orElse("no date given");
    out.println(date + " — " + answer.sentence());
    if (withPassage && !answer.passage().equals(answer.sentence())) {
      out.println("  " + answer.passage());
    }
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
}
