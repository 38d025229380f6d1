package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import java.util.Optional;

/** Ranked answers made up for the tests of how answers are put in order, without a passage. */
final class RankedAnswers {
  private RankedAnswers() {}

  /** An answer dated {@code date} covering {@code coverage} of the question, in every light. */
  static EventRanker.Ranked ranked(
      Optional<DateMention> date, double score, double coverage, double clause, double aspect) {
    return new EventRanker.Ranked(
        null,
        Optional.empty(),
        date,
        score,
        coverage,
        coverage,
        coverage,
        coverage,
        "",
        clause,
        aspect);
  }
}
