package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When the best-scored answer covers too little of the question to be given, one scored about as
 * high that covers it is given rather than none.
 */
class CoveredFirstTest {
  private static final double ENOUGH = 0.4;

  private final ParsedQuestion question = new QuestionParser().parse("when did they quarrel");

  @Test
  void aCloseAnswerThatCoversTheQuestionComesFirst() {
    EventRanker.Ranked crisis = ranked(0.86, 0.36);
    EventRanker.Ranked quarrel = ranked(0.84, 0.55);
    assertThat(AnswerService.coveredFirst(question, List.of(crisis, quarrel), ENOUGH))
        .containsExactly(quarrel, crisis);
  }

  @Test
  void aFarLowerAnswerDoesNot() {
    EventRanker.Ranked crisis = ranked(0.86, 0.36);
    EventRanker.Ranked quarrel = ranked(0.86 - AnswerService.CLOSE_SCORE - 0.01, 0.55);
    assertThat(AnswerService.coveredFirst(question, List.of(crisis, quarrel), ENOUGH))
        .containsExactly(crisis, quarrel);
  }

  @Test
  void aBestThatCoversTheQuestionStaysFirst() {
    EventRanker.Ranked crisis = ranked(0.86, 0.45);
    EventRanker.Ranked quarrel = ranked(0.85, 0.90);
    assertThat(AnswerService.coveredFirst(question, List.of(crisis, quarrel), ENOUGH))
        .containsExactly(crisis, quarrel);
  }

  private static EventRanker.Ranked ranked(double score, double coverage) {
    return RankedAnswers.ranked(Optional.empty(), score, coverage, coverage, 0);
  }
}
