package dev.hotline.eval;

import dev.hotline.answer.Answer;
import java.util.List;
import java.util.Locale;

/**
 * The scoring rules: an answer is right when its passage holds every keyword and its date starts
 * with the expected date or an alternative (for "published" questions, the publication date).
 */
public final class Scoring {
  private Scoring() {}

  public static boolean isRight(EvalQuestion question, Answer answer) {
    String passage = answer.passage().toLowerCase(Locale.ROOT);
    for (String keyword : question.keywords()) {
      if (!passage.contains(keyword.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String iso =
        "published".equals(question.type())
            ? (answer.published() == null ? null : answer.published().toString())
            : answer.date().map(d -> d.iso()).orElse(null);
    if (iso == null) {
      return false;
    }
    if (iso.startsWith(question.answerDate())) {
      return true;
    }
    return question.dateAlternatives().stream().anyMatch(iso::startsWith);
  }

  /**
   * 1-based rank of the first right answer within {@code limit}, or 0 when none is right. An
   * unanswerable question is answered right only by no answer at all, which then ranks first.
   */
  public static int rankOfFirstRight(EvalQuestion question, List<Answer> answers, int limit) {
    if (question.unanswerable()) {
      return answers.isEmpty() ? 1 : 0;
    }
    for (int i = 0; i < Math.min(limit, answers.size()); i++) {
      if (isRight(question, answers.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }
}
