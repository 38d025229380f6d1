package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotline.index.Concept;
import dev.hotline.index.QuestionQuery;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/**
 * A word no article holds, typed as a verb's -ing or -ed form, tells how the asker puts what
 * happened; it is no name Hotline lacks, so it does not make the question an unknown topic.
 */
class UnknownDoingTest {
  @Test
  void anUnknownVerbFormIsTheAskersWayOfTellingWhatHappened() {
    QuestionQuery query = query("nato", "reinvent", "london");
    assertThat(
            AnswerService.doingShare(
                query, "when did nato start reinventing itself, the london declaration thing"))
        .isCloseTo(1.0 / 3, within(1e-6));
    assertThat(AnswerService.doingShare(query("council", "refloat"), "when was it refloated?"))
        .isCloseTo(0.5, within(1e-6));
  }

  @Test
  void anUnknownNameStaysUnknown() {
    assertThat(
            AnswerService.doingShare(query("kim", "philbi", "defect"), "when did kim philby defect"))
        .isZero();
    // A short stem may be a name's.
    assertThat(AnswerService.doingShare(query("massacre", "nank"), "the nanking massacre when"))
        .isZero();
    // The word as typed, with no ending: a name or a noun.
    assertThat(AnswerService.doingShare(query("gladio"), "operation gladio exposed what year"))
        .isZero();
  }

  /** A query whose first concept is known and the others unknown, of equal weight. */
  private static QuestionQuery query(String known, String... unknown) {
    List<Concept> concepts = new java.util.ArrayList<>();
    concepts.add(new Concept(known, List.of(List.of(known)), 1f, true));
    for (String word : unknown) {
      concepts.add(new Concept(word, List.of(), 1f, true));
    }
    return new QuestionQuery(concepts, new MatchAllDocsQuery());
  }
}
