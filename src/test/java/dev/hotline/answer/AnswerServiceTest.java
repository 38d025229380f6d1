package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerServiceTest {
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

  private static String bestIso(String question) {
    return answers.answer(question).best().orElseThrow().date().orElseThrow().iso();
  }

  @Test
  void whenQuestionsGetTheDateOfTheEventAskedAbout() {
    assertThat(bestIso("when did the border war happen?")).startsWith("1969");
    assertThat(bestIso("when was the sino-soviet treaty signed")).isEqualTo("1950-02-14");
    assertThat(bestIso("when did khruschev give the secret speech")).isEqualTo("1956-02-25");
    assertThat(bestIso("when did laika go into orbit")).isEqualTo("1957-11-03");
    assertThat(bestIso("what year did the berlin wall open")).isEqualTo("1989-11-09");
  }

  @Test
  void startAndEndQuestionsGetTheirEndOfTheEvent() {
    assertThat(bestIso("when did the berlin airlift start")).isEqualTo("1948-06-26");
    assertThat(bestIso("when did the berlin airlift end?")).isEqualTo("1949-09-30");
    assertThat(bestIso("when did the soviets lift the blockade")).isEqualTo("1949-05-12");
  }

  @Test
  void anAnswerNamesTheEventItsDateBelongsTo() {
    Answer answer = answers.answer("when did the berlin airlift start").best().orElseThrow();
    assertThat(answer.event()).isPresent();
    assertThat(answer.event().get().description())
        .isEqualTo("The first airlift flights land at Tempelhof");
  }

  @Test
  void howLongQuestionsGetBothEnds() {
    Answer answer = answers.answer("how long did the berlin blockade last").best().orElseThrow();
    assertThat(answer.date().orElseThrow().iso()).isEqualTo("1948-06-24");
    assertThat(answer.event().orElseThrow().end().orElseThrow().iso()).isEqualTo("1949-05-12");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "when did the berlin airlift start lol",
        "when did the berlin airlift start 😂😂",
        "when did the berlin air\u200Blift start",
        "pls when did the berlin airlift start??"
      })
  void chatNoiseLeavesAClearQuestionClear(String question) {
    assertThat(bestIso(question)).isEqualTo("1948-06-26");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"when did the berlin wall fall bruv", "when did the berlin wall fall qwrtz"})
  void aStrayUnknownWordLeavesAQuestionItsPassageCoversAnswered(String question) {
    // No one sentence of the bundled answer holds "berlin", "wall" and "fall"; its passage does.
    assertThat(BundledIndex.bundled().answer(question).best())
        .hasValueSatisfying(a -> assertThat(a.date().orElseThrow().iso()).isEqualTo("1989-11-09"));
  }

  @ParameterizedTest
  @CsvSource({
    "when did the korean war end bruv, 1953-07-27",
    "wen did teh korean war start, 1950-06-25",
    "when did the berlin wall xyzzy fall, 1989-11-09",
    // A start or end word with two letters swapped is that word, not a guess at another.
    "when did the korean war strat, 1950-06-25",
    "when did the vietnam war edned, 1975-04-30"
  })
  void aStrayWordOrASlipLeavesAClearQuestionClear(String question, String iso) {
    // Unknown and weighing more than the rest, the word would be taken for what is asked.
    assertThat(BundledIndex.bundled().answer(question).best())
        .hasValueSatisfying(a -> assertThat(a.date().orElseThrow().iso()).isEqualTo(iso));
  }

  @Test
  void aNameNoArticleKnowsIsNotGuessedAt() {
    AnswerResult result = answers.answer("when did the gladio network start in italy");
    assertThat(result.answered()).isFalse();
    assertThat(result.notice()).hasValueSatisfying(n -> assertThat(n).contains("don't know"));
  }

  @Test
  void aQuestionInAnotherLanguageIsToldWhatHotlineUnderstands() {
    AnswerResult result = answers.answer("wann fiel die berliner mauer");
    assertThat(result.answered()).isFalse();
    assertThat(result.notice())
        .hasValue("I understand English questions only. Try: \"when did the Berlin Wall fall?\"");
  }

  @Test
  void everyEventOfTheIndexIsListed() {
    assertThat(answers.events())
        .anySatisfy(
            e -> {
              assertThat(e.declared()).isTrue();
              assertThat(e.description()).isEqualTo("The last airlift flight lands in Berlin");
              assertThat(e.date().iso()).isEqualTo("1949-09-30");
              assertThat(answers.passage(e.passageId()).orElseThrow().text())
                  .contains("September 30, 1949");
            });
  }

  @Test
  void anAnswerCarriesItsSentenceAndSource() {
    Answer answer =
        answers.answer("when did kennedy announce the quarantine of cuba?").best().orElseThrow();
    assertThat(answer.sentence()).startsWith("On October 22, 1962, Kennedy announced");
    assertThat(answer.passage()).contains(answer.sentence());
    assertThat(answer.title()).isEqualTo("The Cuban Missile Crisis");
    assertThat(answer.source()).isEqualTo("Test desk");
    assertThat(answer.published()).isEqualTo(LocalDate.of(2021, 5, 10));
    assertThat(answer.url()).isEqualTo("https://example.org/cuba.md");
    assertThat(answer.date().orElseThrow().iso()).isEqualTo("1962-10-22");
  }

  @Test
  void alternativesFollowTheBest() {
    AnswerResult result = answers.answer("khrushchev");
    assertThat(result.answers()).hasSizeBetween(2, AnswerService.MAX_ANSWERS);
    assertThat(result.answers()).extracting(Answer::passageId).doesNotHaveDuplicates();
  }

  @Test
  void aPeriodNamedInTheQuestionScopesTheAnswer() {
    AnswerResult in1962 = answers.answer("what happened in october 1962?");
    assertThat(in1962.answers())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.date().orElseThrow().iso()).startsWith("1962-10"));
    assertThat(bestIso("what did khrushchev do in 1962")).startsWith("1962");
    assertThat(
            answers
                .answer("what happened during the 1980s?")
                .best()
                .orElseThrow()
                .date()
                .orElseThrow()
                .iso())
        .startsWith("198");
  }

  @Test
  void aCalendarDayWithoutYearListsThatDaysEvents() {
    AnswerResult result = answers.answer("what happened on october 22?");
    assertThat(result.question().type()).isEqualTo(QuestionType.ON_THIS_DAY);
    assertThat(result.best().orElseThrow().date().orElseThrow().iso()).isEqualTo("1962-10-22");
  }

  @Test
  void onThisDayFallsBackToTheNearestDayWithinThree() {
    DayEvents exact = answers.onThisDay(MonthDay.of(11, 9), 5);
    assertThat(exact.exact()).isTrue();
    DayEvents near = answers.onThisDay(MonthDay.of(11, 11), 5);
    assertThat(near.exact()).isFalse();
    assertThat(near.found()).isEqualTo(MonthDay.of(11, 9));
    assertThat(answers.onThisDay(MonthDay.of(6, 1), 5).events()).isEmpty();
  }

  @Test
  void publicationQuestionsCompareThePublicationDate() {
    AnswerResult result = answers.answer("when was the article on sputnik published?");
    assertThat(result.question().type()).isEqualTo(QuestionType.PUBLISHED);
    assertThat(result.best().orElseThrow().published()).isEqualTo(LocalDate.of(2022, 10, 4));
    assertThat(result.best().orElseThrow().date().orElseThrow().iso()).isEqualTo("2022-10-04");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "when did they run the piece on sputnik",
        "what date is the sputnik article from",
        "when was your little sputnik story written",
        "what's the publish date on the sputnik piece",
        "whats the date on that article about sputnik",
        "when was this published",
        "what's the posting date on the russian life blog about sputnik",
        "when did russian life run its piece on sputnik",
        "when did this piece about sputnik get put online",
        "which day did they put out the sputnik story"
      })
  void publicationQuestionsMayNameThePieceInTheirOwnWords(String question) {
    assertThat(new QuestionParser().parse(question).type()).isEqualTo(QuestionType.PUBLISHED);
  }

  @Test
  void wordsForThePieceAndItsPostingAreNotSearched() {
    assertThat(
            new QuestionParser()
                .parse("what's the posting date on this blog entry about sputnik")
                .searchText())
        .doesNotContain("posting")
        .doesNotContain("blog")
        .doesNotContain("entry")
        .contains("sputnik");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what was the date of the post-war conference",
        "what date was the postwar treaty signed",
        // A document of history that came out is an event, not the article telling of it.
        "when were the pentagon papers published",
        "when was kennan's x article published",
        "when was doctor zhivago first published in the west"
      })
  void aDateOfAnEventIsNoPublication(String question) {
    assertThat(new QuestionParser().parse(question).type()).isNotEqualTo(QuestionType.PUBLISHED);
  }

  /** "Taking place" is not searched for; a capital, acting or not, is searched as typed. */
  @ParameterizedTest
  @CsvSource({
    "when did the bay of pigs take place, when did the bay of pigs",
    "how long did it take to build the wall, did it to build the wall",
    "when did the treaty take effect, when did the treaty take effect",
    "when did moscow lift the blockade, when did moscow lift the blockade",
    "when did moscow and beijing become allies, when did moscow and beijing become allies",
    "why did beijing and moscow quarrel, why did beijing and moscow quarrel",
    "who was the first president to visit moscow, who was the first president to visit moscow",
    "when was the moscow summit, when was the moscow summit",
    "what year did stalin die acording to the article, what year did stalin die",
    "what year did stalin die according to this artcle, what year did stalin die",
    "what did the aritcle say about bric, what about bric",
    "when did the soviet union fall per the russian life article, when did the soviet union fall",
    "'what does collusion mean, in that piece', what does collusion mean",
    "what was kennans x article about, what was kennans x article about",
    "when did they tear the wall down, when did they tear down the wall",
    "when did the soviets pull their troops out of kabul, when did the soviets pull out their"
        + " troops of kabul",
    "when did they set up nato, when did they set up nato",
    "why does the author say the treaty backfired, why the treaty backfired",
    "why does the article bring up valentine's day, why valentine's day",
    "how does the writer describe what they became, how what they became"
  })
  void whatIsSearchedForReadsAsTheQuestionMeansIt(String question, String searched) {
    assertThat(new QuestionParser().parse(question).searchText()).isEqualTo(searched);
  }

  /** Words that only say which end is asked are not searched, yet ask it outright. */
  @ParameterizedTest
  @CsvSource({
    "when did the nuremberg trial wrap up, END",
    "when did operation mongoose kick off, START",
    "when did the korean war end, END"
  })
  void wordsSayingWhichEndAskItOutright(String question, Aspect aspect) {
    ParsedQuestion parsed = new QuestionParser().parse(question);
    assertThat(parsed.aspect()).isEqualTo(aspect);
    assertThat(parsed.aspectOutright()).isTrue();
  }

  @Test
  void unknownTopicsGetAnHonestNoWithSuggestions() {
    AnswerResult result = answers.answer("who won the football world cup final on penalties");
    assertThat(result.answered()).isFalse();
    assertThat(result.notice()).hasValueSatisfying(n -> assertThat(n).contains("don't know"));
    AnswerResult weak = answers.answer("berlin football penalties tournament referee");
    assertThat(weak.answered()).isFalse();
    assertThat(weak.suggestions()).contains("The Berlin Wall");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "?",
        "\"unbalanced quote",
        "friendship?",
        "2/14/1950",
        "*",
        "~",
        "[brackets] {braces}",
        "title:wall AND body:berlin OR NOT (x)",
        "berlin~2 wall^3",
        "\\",
        "😀🚀 when did the wall fall 🧱",
        "когда пала стена",
        "/ask when",
        "<script>alert(1)</script>",
        "a\u0000b"
      })
  void anyTypedTextGetsAnAnswerOrAClearMessageNeverAnException(String question) {
    AnswerResult result = answers.answer(question);
    assertThat(result.answered() || result.notice().isPresent()).isTrue();
  }

  @Test
  void aHugeQuestionIsReadUpToItsStartWithANotice() {
    String huge =
        "when did the berlin wall open? "
            + "padding words about nothing in particular ".repeat(300);
    assertThat(huge.length()).isGreaterThan(10_000);
    AnswerResult result = answers.answer(huge);
    assertThat(result.question().truncated()).isTrue();
    assertThat(result.notice())
        .hasValueSatisfying(n -> assertThat(n).contains("first 500 characters"));
  }

  @Test
  void topicsMatchEveryTypedWord() {
    assertThat(answers.topics("berlin", 5))
        .containsExactly("The Berlin Wall", "The Berlin Blockade and Airlift");
    assertThat(answers.topics("crisis missile", 5)).containsExactly("The Cuban Missile Crisis");
    assertThat(answers.topics("", 10)).hasSize(6);
  }
}
