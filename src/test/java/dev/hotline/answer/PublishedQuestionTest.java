package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import dev.hotline.testing.SmallIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question asking when an article was published is about the article, not one passage. */
class PublishedQuestionTest {
  @TempDir Path dir;

  @Test
  void anArticleWhoseParagraphsTogetherCoverTheQuestionAnswers() throws IOException {
    String body =
        """
        In March 1952, Minister Dahl and Mayor Orsk signed the harbour compact at Vell. Both \
        councils promised to share the dredging costs for twenty years, and the compact was \
        printed on a commemorative stamp that summer.

        By 1958 the friendship had turned into a feud. The mayor accused the minister of \
        favouring the northern quays, and the dredgers stood idle through two winters while \
        the councils exchanged open letters.

        The ferry strike of 1961 ended the quarrel for good: with the boats tied up, the \
        councils had no trade left to divide, and the compact lapsed unrenewed in 1972.
        """;
    try (PassageIndex index =
        SmallIndex.in(dir).article("Dahl, Orsk and the Harbour", body).open()) {
      AnswerResult result =
          new AnswerService(IndexAccess.fixed(index))
              .answer(
                  "when was the piece on the dredging costs, the idle dredgers and the ferry"
                      + " strike published");
      assertThat(result.question().type()).isEqualTo(QuestionType.PUBLISHED);
      assertThat(result.best().orElseThrow().published()).isEqualTo(LocalDate.of(2024, 1, 1));
    }
  }

  private static final String HARBOUR =
      """
      In March 1952, Minister Dahl and Mayor Orsk signed the harbour compact at Vell. Both \
      councils promised to share the dredging costs for twenty years, and the compact was \
      printed on a commemorative stamp that summer.

      By 1958 the friendship had turned into a feud. The mayor accused the minister of \
      favouring the northern quays, and Dahl and Orsk exchanged open letters about the \
      compact through two long winters.

      The ferry strike of 1961 ended the quarrel for good: with the boats tied up, the \
      councils had no trade left to divide, and the compact lapsed unrenewed in 1972.
      """;

  @Test
  void theArticlesHeadAnswersAQuestionAboutTheWholeArticle() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir).article("Dahl, Orsk and the Harbour", HARBOUR).open()) {
      Answer answer =
          new AnswerService(IndexAccess.fixed(index))
              .answer("when was the story on the minister, the mayor and their compact posted")
              .best()
              .orElseThrow();
      assertThat(answer.passage())
          .startsWith(
              "January 1, 2024 — Dahl, Orsk and the Harbour — In March 1952, Minister Dahl");
      assertThat(answer.sentence()).startsWith("In March 1952").endsWith("compact at Vell.");
      assertThat(answer.date().orElseThrow().iso()).isEqualTo("2024-01-01");
    }
  }

  @Test
  void aParagraphTheQuestionPointsAtAnswersInstead() throws IOException {
    try (PassageIndex index =
        SmallIndex.in(dir).article("Dahl, Orsk and the Harbour", HARBOUR).open()) {
      Answer answer =
          new AnswerService(IndexAccess.fixed(index))
              .answer("when was the piece that mentions the ferry strike published")
              .best()
              .orElseThrow();
      assertThat(answer.passage()).startsWith("The ferry strike of 1961");
      assertThat(answer.date().orElseThrow().iso()).isEqualTo("2024-01-01");
    }
  }
}
