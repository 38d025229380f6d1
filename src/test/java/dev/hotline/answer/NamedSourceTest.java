package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question naming a source is answered from that source's articles. */
class NamedSourceTest {
  @TempDir Path dir;

  @Test
  void findsTheLongestSourceNamedAndTakesItsNameOutOfTheSearch() {
    List<String> sources = List.of("Coast Gazette", "Coast Gazette Weekly", "Harbour Times");
    NamedSource named =
        NamedSource.in("what did the coast gazette weekly's piece say", sources).orElseThrow();
    assertThat(named.name()).isEqualTo("Coast Gazette Weekly");
    assertThat(named.without("what did the coast gazette weekly's piece say"))
        .isEqualTo("what did piece say");
    assertThat(named.without("according to Coast Gazette Weekly, when")).isEqualTo(", when");
  }

  @Test
  void aShortOneWordSourceIsTooLikelyAPlainWord() {
    assertThat(NamedSource.in("what was life like in berlin", List.of("Life"))).isEmpty();
    assertThat(NamedSource.in("a coast gazetteer", List.of("Coast Gazette"))).isEmpty();
  }

  @Test
  void theNamedSourcesArticleAnswersThoughAnotherMatchesTheQuestionAsWell() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir)
            .article(
                "The Vell Harbour Compact",
                "Minister Dahl and Mayor Orsk signed the harbour compact at Vell on March 3,"
                    + " 1952, after a winter of talks about the harbour and its dredging.",
                "Harbour Times")
            .article(
                "Dredging at Vell",
                "The harbour compact was signed at Vell in 1953, the gazette's archive says.",
                "Coast Gazette")
            .open()) {
      AnswerService answers = new AnswerService(IndexAccess.fixed(index));
      String asked = "when was the vell harbour compact signed";
      assertThat(answers.answer(asked).best().orElseThrow().source()).isEqualTo("Harbour Times");
      Answer named =
          answers.answer("according to the coast gazette, " + asked).best().orElseThrow();
      assertThat(named.source()).isEqualTo("Coast Gazette");
      assertThat(named.date().orElseThrow().iso()).isEqualTo("1953");
    }
  }
}
