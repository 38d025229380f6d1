package dev.hotline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.Answer;
import dev.hotline.testing.BundledIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The questions everyone asks first, answered from the bundled articles with the event and the end
 * of it they ask for: a start asked is not answered with an end, nor the thing with its aftermath.
 */
class CommonQuestionsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "when did the korean war start | 1950-06-25 | invades South Korea",
        "when did the korean war end | 1953-07-27 | Armistice",
        "when was the berlin wall built | 1961-08-13 | seal the sector border",
        "when did they build the berlin wall | 1961-08-13 | seal the sector border",
        "when did the berlin wall go up | 1961-08-13 | seal the sector border",
        "when did the yalta conference end | 1945-02-11 | Yalta Conference ends",
        "who was the first man in space | 1961-04-12 | Gagarin",
        "when did the soviets invade afghanistan | 1979-12-24 | begins the invasion",
        "when did gorbachev become leader | 1985-03-11 | General Secretary",
        "when did the berlin wall fall | 1989-11-09 | Berlin Wall",
        "when did the border war happen? | 1969-03-02 | clash",
        "when did the berlin blockade begin | 1948-06-24 | blockade",
        "hey bot, when did the berlin airlift end | 1949-09-30 | last official airlift flight",
        "when did stalin die | 1953-03-05 | Stalin dies",
        "why was khrushchev ousted | 1964-10-14 | Khrushchev is ousted",
        "when was the cia founded | 1947-09-18 | comes into existence",
        "when was the partial test ban treaty signed | 1963-08-05 | Test Ban",
        "when did the soviet union dissolve | 1991-12-26 | out of existence",
        "when did germany reunify | 1990-10-03 | reunified",
        "who was the first man on the moon | 1969-07-20 | first man to walk on the Moon",
        "who was the first person in space | 1961-04-12 | Gagarin",
        "who was the first american in space | 1961-05-05 | Shepard",
        "what caused the korean war | 1950-06-25 | invades South Korea",
        "why did the suez crisis happen | 1956-10-29 | Israel",
        "when did haile selassie fall | 1974-09-12 | Haile Selassie",
        "who shot kennedy | 1963-11-22 | Kennedy is shot and assassinated",
        "when was kennedy killed | 1963-11-22 | Kennedy is shot and assassinated",
        "when was nagy killed | 1958-06-16 | executed",
        "when did us troops arrive in vietnam | 1965-03-08 | Marines",
        "when did the un come into existence | 1945-10-24 | United Nations",
        "when was the un charter signed | 1945-06-26 | Charter",
        "when was the berlin wall torn down | 1989-11-09 | Berlin Wall",
        "when did the soviets invade hungary | 1956-11-04 | invade Hungary",
        "when did angola become independent | 1975-11-11 | independent",
        "when did ukraine vote for independence | 1991-12-01 | referendum",
        "when was the first hydrogen bomb tested | 1952-11-01 | Ivy Mike",
        "when was the hydrogen bomb first tested | 1952-11-01 | Ivy Mike",
        "when was the first satellite launched | 1957-10-04 | Sputnik",
        "when was the first spacewalk | 1965-03-18 | Leonov",
        "when did the russians test their first atomic bomb | 1949-08-29 | Soviet",
        "when did the first us combat troops arrive in vietnam | 1965-03-08 | Marines",
        "when did the first american go into orbit | 1962-02-20 | Glenn",
        "when was the un founded | 1945-10-24 | United Nations",
        "what was the warsaw pact | 1955-05-14 | founding the Warsaw Pact"
      })
  void areAnsweredWithTheEventAsked(String question, String date, String event) {
    Answer best = BundledIndex.bundled().answer(question).best().orElseThrow();
    assertThat(best.date().orElseThrow().iso()).isEqualTo(date);
    assertThat(best.event().orElseThrow().description()).containsIgnoringCase(event);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // One slip from "partial", not "pari" and "al" run together.
        "when was the parial test ban treaty signed | 1963-08-05 | Test Ban",
        // A long word typed two slips off, however short its stem.
        "jfk asasination date | 1963-11-22 | assassinated",
        // A slip in the ending that hides the word from the stemmer.
        "operaiton castor dien bien phu when | 1953-11-20 | Castor",
        // A slip the stemmer cuts short: "najing" is "nanjing", not "naje" one slip from "name".
        "when did najing fall to the reds | 1949-04-23 | Nanjing",
        // A letter left out of a four-letter word.
        "when did the grek civil war end | 1949-10 | Greek Civil War",
        "frst three man crew in space when | 1964-10-12 | three-person crew"
      })
  void slipsInTypedWordsStillFindTheEvent(String question, String date, String event) {
    areAnsweredWithTheEventAsked(question, date, event);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Laughter no article holds would be most of a short question and stop the answer.
        "when did the berlin wall fall hahaha | 1989-11-09 | Berlin Wall",
        "when did the berlin wall fall lmaooo | 1989-11-09 | Berlin Wall"
      })
  void drawnOutChatLaughterLeavesAClearQuestionClear(String question, String date, String event) {
    areAnsweredWithTheEventAsked(question, date, event);
  }
}
