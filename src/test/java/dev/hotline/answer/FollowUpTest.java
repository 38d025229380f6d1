package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question that names no subject of its own is read as about the question asked before it. */
class FollowUpTest {
  @TempDir static Path dir;
  private static TestCorpus.Answering corpus;
  private static AnswerService answers;

  @BeforeAll
  static void buildIndex() throws IOException {
    corpus = TestCorpus.answering(dir);
    answers = corpus.answers();
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  private static AnswerResult after(String earlier, String question) {
    return answers.answer(question, Optional.of(Topic.of(earlier)));
  }

  @Test
  void aFollowUpAsksTheOtherEndOfTheEarlierSubject() {
    AnswerResult result = after("when did the berlin airlift start", "and when did it end?");
    assertThat(result.best().orElseThrow().date().orElseThrow().iso()).isEqualTo("1949-09-30");
    assertThat(result.question().original()).isEqualTo("the berlin airlift, and when did it end?");
    assertThat(result.notice()).hasValueSatisfying(n -> assertThat(n).contains("berlin airlift"));
  }

  @Test
  void aSpanAskedAloneFollowsToo() {
    AnswerResult result = after("when did the berlin blockade begin", "how long did it last?");
    Answer answer = result.best().orElseThrow();
    assertThat(answer.date().orElseThrow().iso()).isEqualTo("1948-06-24");
    assertThat(answer.event().orElseThrow().end().orElseThrow().iso()).isEqualTo("1949-05-12");
  }

  @Test
  void aFollowUpOfAFollowUpKeepsTheFirstSubject() {
    AnswerResult first = after("when did the berlin airlift start", "when did it end?");
    AnswerResult second = after(first.question().original(), "how long did it last?");
    assertThat(second.question().original()).isEqualTo("the berlin airlift, how long did it last?");
  }

  @Test
  void theSubjectIsWhatTheAnswersTitleNamesOfTheQuestionNotHowItAsked() {
    AnswerResult opened = answers.answer("when did the berlin wall open?");
    Topic topic = answers.topicOf(opened);
    assertThat(topic.about()).isEqualTo("berlin wall");
    AnswerResult built = answers.answer("when was it built?", Optional.of(topic));
    assertThat(built.best().orElseThrow().date().orElseThrow().iso()).isEqualTo("1961-08-13");
    // Sharing one title word or none, the question stays whole.
    AnswerResult laika = answers.answer("when did laika go into orbit");
    assertThat(answers.topicOf(laika).about()).isEqualTo("when did laika go into orbit");
  }

  @Test
  void afterAWhoQuestionHeOrSheIsTheNameItsAnswerOpensWith() {
    assertThat(FollowUp.leadingName("Valentina Tereshkova becomes the first woman in space"))
        .hasValue("Valentina Tereshkova");
    assertThat(FollowUp.leadingName("On April 12, 1961, Senior Lieutenant Yuri Gagarin, 27, flew"))
        .hasValue("Senior Lieutenant Yuri Gagarin");
    assertThat(FollowUp.leadingName("Khrushchev's secret speech to the Twentieth Party Congress"))
        .hasValue("Khrushchev");
    assertThat(FollowUp.leadingName("the war ended in a stalemate")).isEmpty();

    Topic wall = new Topic("berlin wall", Optional.of("Walter Ulbricht"));
    QuestionParser parser = new QuestionParser();
    assertThat(FollowUp.referredTo(wall, parser.parse("when did he die?")))
        .isEqualTo("Walter Ulbricht");
    assertThat(FollowUp.referredTo(wall, parser.parse("when was it torn down?")))
        .isEqualTo("berlin wall");
  }

  @Test
  void aQuestionWithASubjectOfItsOwnStandsAlone() {
    AnswerResult result =
        after("when did the berlin airlift start", "when was the sino-soviet treaty signed");
    assertThat(result.question().original()).isEqualTo("when was the sino-soviet treaty signed");
    assertThat(result.notice()).isEmpty();
    assertThat(result.best().orElseThrow().date().orElseThrow().iso()).isEqualTo("1950-02-14");
  }

  @Test
  void whatIsNoQuestionDoesNotRepeatTheEarlierAnswer() {
    assertThat(after("when did the berlin airlift start", "thanks!").answered()).isFalse();
    assertThat(after("when did the berlin airlift start", "ok").answered()).isFalse();
  }

  @Test
  void aDayAYearOrAPublicationDateHaveNoSubjectToFollow() {
    assertThat(after("what happened on june 26?", "when did it end?").answered()).isFalse();
    assertThat(after("what happened in 1949?", "when did it end?").answered()).isFalse();
    assertThat(after("when was the airlift article published", "when did it end?").answered())
        .isFalse();
  }

  @Test
  void withoutAnEarlierQuestionAFollowUpHasNothingToSearchFor() {
    AnswerResult result = answers.answer("when did it end?", Optional.<Topic>empty());
    assertThat(result.answered()).isFalse();
    assertThat(result.notice())
        .hasValueSatisfying(n -> assertThat(n).contains("nothing to search"));
  }

  @Test
  void theEarlierQuestionsWordsForItsEndGiveWayToTheFollowUps() {
    ParsedQuestion end = new QuestionParser().parse("when did they leave the country?");
    assertThat(FollowUp.joined("when did the soviets invade afghanistan?", end))
        .isEqualTo("the soviets afghanistan, when did they leave the country?");
    ParsedQuestion who = new QuestionParser().parse("who led them?");
    assertThat(FollowUp.joined("when did the soviets invade afghanistan?", who))
        .isEqualTo("the soviets invade afghanistan, who led them?");
  }
}
