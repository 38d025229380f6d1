package dev.hotline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayWordsTest {
  private static final List<EvalQuestion> QUESTIONS =
      List.of(
          question("q1", "when did the korean war end"),
          question("q2", "who was the first man in space"),
          question("q3", "when"));

  @Test
  void eachQuestionGainsOneMadeUpWordAfterItsFirst() {
    List<EvalQuestion> noisy = StrayWords.added(QUESTIONS, 7);
    for (int i = 0; i < QUESTIONS.size(); i++) {
      List<String> before = words(QUESTIONS.get(i));
      List<String> after = new ArrayList<>(words(noisy.get(i)));
      assertThat(after).hasSize(before.size() + 1).startsWith(before.get(0));
      List<String> added = new ArrayList<>(after);
      before.forEach(added::remove);
      assertThat(added).singleElement().asString().matches("[a-z]{5,7}");
      after.remove(added.get(0));
      assertThat(after).isEqualTo(before);
      assertThat(noisy.get(i).id()).isEqualTo(QUESTIONS.get(i).id());
    }
  }

  @Test
  void theSameSeedAddsTheSameWordsAndAnotherOthers() {
    assertThat(StrayWords.added(QUESTIONS, 7)).isEqualTo(StrayWords.added(QUESTIONS, 7));
    assertThat(StrayWords.added(QUESTIONS, 7)).isNotEqualTo(StrayWords.added(QUESTIONS, 8));
  }

  private static List<String> words(EvalQuestion q) {
    return Arrays.asList(q.question().split(" "));
  }

  private static EvalQuestion question(String id, String text) {
    return new EvalQuestion(id, text, "1950", List.of(), List.of(), "general", "when");
  }
}
