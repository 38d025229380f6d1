package dev.hotline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.Answer;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static Answer answer(String passage, DateValue date, LocalDate published) {
    return new Answer(
        "id",
        passage,
        passage,
        Optional.of(new DateMention(date, "t", 0, 1, false)),
        published,
        "title",
        "source",
        null,
        1,
        1,
        Optional.empty());
  }

  private static EvalQuestion question(String date, List<String> alternatives, String type) {
    return new EvalQuestion(
        "q", "?", date, alternatives, List.of("cuba", "missile"), "general", type);
  }

  @Test
  void theDateMustStartWithTheExpectedOneAtItsGranularity() {
    Answer day = answer("Cuba missile crisis", DateValue.day(1962, 10, 22), null);
    Answer year = answer("Cuba missile crisis", DateValue.year(1962), null);
    assertThat(Scoring.isRight(question("1962", List.of(), "when"), day)).isTrue();
    assertThat(Scoring.isRight(question("1962-10", List.of(), "when"), year)).isFalse();
    assertThat(Scoring.isRight(question("1963", List.of("1962-10"), "when"), day)).isTrue();
  }

  @Test
  void everyKeywordMustBeInThePassage() {
    Answer noMissile = answer("Cuba crisis", DateValue.day(1962, 10, 22), null);
    assertThat(Scoring.isRight(question("1962", List.of(), "when"), noMissile)).isFalse();
  }

  @Test
  void publishedQuestionsCompareThePublicationDate() {
    Answer answer = answer("Cuba missile", DateValue.year(1962), LocalDate.of(2015, 2, 14));
    assertThat(Scoring.isRight(question("2015-02-14", List.of(), "published"), answer)).isTrue();
    assertThat(Scoring.isRight(question("1962", List.of(), "published"), answer)).isFalse();
    assertThat(
            Scoring.rankOfFirstRight(question("2015", List.of(), "published"), List.of(answer), 5))
        .isEqualTo(1);
  }

  @Test
  void anUnanswerableQuestionIsAnsweredRightOnlyByNoAnswer() {
    EvalQuestion none =
        new EvalQuestion("u", "?", "none", List.of(), List.of(), "general", "unanswerable");
    Answer any = answer("Cuba missile crisis", DateValue.day(1962, 10, 22), null);
    assertThat(Scoring.rankOfFirstRight(none, List.of(), 5)).isEqualTo(1);
    assertThat(Scoring.rankOfFirstRight(none, List.of(any), 5)).isZero();
  }

  @Test
  void aQuestionFallsInTheSamePartOfASplitWhateverFileItIsIn() {
    EvalQuestion q = question("1962", List.of(), "when");
    assertThat(q.part(2)).isBetween(0, 1).isEqualTo(q.part(2));
    long inFirstHalf =
        java.util.stream.IntStream.range(0, 1000)
            .filter(
                i ->
                    new EvalQuestion("q" + i, "?", "1962", List.of(), List.of(), "general", "when")
                            .part(2)
                        == 0)
            .count();
    assertThat(inFirstHalf).isBetween(420L, 580L);
  }
}
