package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.PassageIndex;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name no article and no dictionary knows, when it is half the question, stops the answer: the
 * rest of the question then only tells what was done to it, which many passages tell of other
 * things.
 */
class UnknownNameTest {
  @TempDir Path dir;

  private static final String BODY =
      """
      The harbour league armed the island rebels in secret. The covert operation was exposed \
      when a league pilot was shot down over the straits on May 18, 1958. The league dropped the \
      rebels soon after.
      """;

  @Test
  void aNameNoArticleOrDictionaryKnowsIsHeldAsOne() throws IOException {
    try (PassageIndex index = SmallIndex.in(dir).article("The Harbour League", BODY).open()) {
      assertThat(index.questionQuery("operation zandvoria exposed what year").orElseThrow())
          .satisfies(q -> assertThat(q.unknownNames()).containsExactly("zandvoria"));
      // English words no passage holds are no names, however much they weigh in a small index.
      assertThat(index.questionQuery("when did the league say the operation was exposed"))
          .hasValueSatisfying(q -> assertThat(q.unknownNames()).isEmpty());
    }
  }

  @Test
  void aQuestionHalfOfWhichIsAnUnknownNameIsNotAnswered() {
    // The bundled articles tell of a covert operation exposed in 1958, never of this one.
    AnswerService answers = BundledIndex.bundled();
    assertThat(answers.answer("operation zandvoria exposed what year").answered()).isFalse();
    assertThat(answers.answer("when was the cia operation in indonesia exposed").best())
        .hasValueSatisfying(a -> assertThat(a.date().orElseThrow().iso()).isEqualTo("1958-05-18"));
  }
}
