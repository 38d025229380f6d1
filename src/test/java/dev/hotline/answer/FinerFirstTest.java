package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An answer about as good that dates the best one's event more finely is given first ("in 1968"
 * then "on March 31, 1968"); another event of the same year is not.
 */
class FinerFirstTest {
  private final ParsedQuestion question =
      new QuestionParser().parse("when did lbj say he would not run again");

  private final EventRanker.Ranked year = ranked(DateValue.year(1968), 1.0, 0.8, 0.6, 0);

  @Test
  void theSameEventToTheDayComesFirst() {
    EventRanker.Ranked day = ranked(DateValue.day(1968, 3, 31), 0.95, 0.78, 0.6, 0);
    assertThat(AnswerService.finerFirst(question, List.of(year, day))).containsExactly(day, year);
  }

  @Test
  void aDayWhoseClauseCoversLessTellsAnotherEvent() {
    EventRanker.Ranked day = ranked(DateValue.day(1968, 1, 30), 0.95, 0.8, 0.3, 0);
    assertThat(AnswerService.finerFirst(question, List.of(year, day))).containsExactly(year, day);
  }

  @Test
  void aDayTellingTheOtherEndIsNotPutFirst() {
    EventRanker.Ranked day = ranked(DateValue.day(1968, 3, 31), 0.95, 0.8, 0.6, -1);
    assertThat(AnswerService.finerFirst(question, List.of(year, day))).containsExactly(year, day);
  }

  @Test
  void aDayOutsideTheYearOrScoredFarLowerIsNot() {
    EventRanker.Ranked later = ranked(DateValue.day(1969, 3, 31), 0.95, 0.8, 0.6, 0);
    EventRanker.Ranked lower =
        ranked(DateValue.day(1968, 3, 31), 1.0 - AnswerService.FINER_SCORE - 0.01, 0.8, 0.6, 0);
    assertThat(AnswerService.finerFirst(question, List.of(year, later, lower)))
        .containsExactly(year, later, lower);
  }

  @Test
  void aBestDatedToTheDayStaysFirst() {
    EventRanker.Ranked best = ranked(DateValue.day(1968, 3, 1), 1.0, 0.8, 0.6, 0);
    EventRanker.Ranked day = ranked(DateValue.day(1968, 3, 31), 0.95, 0.8, 0.6, 0);
    assertThat(AnswerService.finerFirst(question, List.of(best, day))).containsExactly(best, day);
  }

  private static EventRanker.Ranked ranked(
      DateValue date, double score, double coverage, double clause, double aspect) {
    return new EventRanker.Ranked(
        null,
        Optional.empty(),
        Optional.of(new DateMention(date, date.toString(), 0, 0, false)),
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
