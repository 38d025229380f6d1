package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    List<EventRanker.Ranked> ranked = AnswerService.finerFirst(question, List.of(year, day));
    assertThat(ranked)
        .extracting(r -> r.date().orElseThrow().value())
        .containsExactly(DateValue.day(1968, 3, 31), DateValue.year(1968));
    assertThat(ranked.get(0).coverage())
        .as("as much as the same event told with the year covers")
        .isEqualTo(0.8);
  }

  @Test
  void theSameEventToTheDayInAnotherArticleMayScoreWellBelow() {
    EventRanker.Ranked day = ranked(DateValue.day(1968, 3, 31), 0.85, 0.8, 0.6, 0);
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
    return RankedAnswers.ranked(
        Optional.of(new DateMention(date, date.toString(), 0, 0, false)),
        score,
        coverage,
        clause,
        aspect);
  }

  @TempDir Path dir;

  @Test
  void anOverviewsYearGivesWayToTheDayAnotherArticleTellsTheSameEventOn() throws Exception {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "Vell and Its Mayors, 1950–1970",
                "The harbour at Vell grew quickly after the war, and the council spent most of"
                    + " its budget on the quays. Following the ferry strike in 1961 and facing"
                    + " dwindling support in the council, Mayor Orsk announced that he would not"
                    + " seek another term as mayor of Vell. His deputy Hanne Lind won the"
                    + " election that autumn and governed the town until 1970.")
            .article(
                "The Ferry Strike, 1961",
                "The ferry crews stopped work in January 1961 over the new timetables, and the"
                    + " island routes stood still for six weeks while the council argued. On"
                    + " March 3, 1961, Mayor Orsk announced that he would not seek another term as"
                    + " mayor. The crews went back to work a week later.")
            .open()) {
      Answer answer =
          new AnswerService(IndexAccess.fixed(index))
              .answer("when did orsk, mayor of vell, say he would not seek another term")
              .best()
              .orElseThrow();
      assertThat(answer.date().orElseThrow().iso()).isEqualTo("1961-03-03");
    }
  }
}
