package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotline.index.Concept;
import dev.hotline.index.QuestionQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/**
 * A long question carries the asker's context, which the passage that answers it seldom repeats, so
 * its answer needs to cover less of it than a short question's.
 */
class LongQuestionTest {
  @Test
  void aShortQuestionsAnswerMustCoverTheUsualShare() {
    assertThat(AnswerService.coverageNeeded(query(AnswerService.LONG_QUESTION - 1, 0)))
        .isCloseTo(AnswerService.MIN_COVERAGE, within(1e-9));
  }

  @Test
  void aLongQuestionsAnswerMayCoverLess() {
    assertThat(AnswerService.coverageNeeded(query(AnswerService.LONG_QUESTION, 0)))
        .isCloseTo(AnswerService.MIN_COVERAGE * AnswerService.LONG_QUESTION_SHARE, within(1e-9))
        .isLessThan(AnswerService.MIN_COVERAGE);
  }

  @Test
  void wordsNoArticleHoldsAreLeftToTheUnknownTopicRule() {
    // Two of eight concepts unknown: coverage is counted over the other six, so the share needed
    // is a long question's, not lowered again for the two.
    assertThat(AnswerService.coverageNeeded(query(6, 2)))
        .isCloseTo(AnswerService.MIN_COVERAGE * AnswerService.LONG_QUESTION_SHARE, within(1e-6));
  }

  private static QuestionQuery query(int known, int unknown) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < known + unknown; i++) {
      List<List<String>> alternatives = i < known ? List.of(List.of("word" + i)) : List.of();
      concepts.add(new Concept("word" + i, alternatives, 1f, true));
    }
    return new QuestionQuery(concepts, new MatchAllDocsQuery());
  }
}
