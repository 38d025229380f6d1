package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {
  @ParameterizedTest
  @CsvSource({
    "when did the korean war start, START",
    "when did the blockade begin, START",
    "outbreak of the first indochina war, START",
    "who was the first man in space, START",
    "when did the soviets invade afghanistan, START",
    "when did the korean war end, END",
    "when did the last us troops leave vietnam, END",
    "when did the berlin wall fall, END",
    "andropov death date, END",
    "when did the soviets start pulling out of afghanistan, START",
    "when did they build the berlin wall, START",
    "when was nato established, START",
    "when did stalin die, END",
    "when did the berlin wall come down, END",
    "when did the soviets pull out of afghanistan, END",
    "how long did the berlin airlift last, SPAN",
    "when did china first test an atomic bomb, START",
    "why did new zealand fall out with the us, ANY",
    "when was the kitchen debate, ANY",
    "tsar bomba test date, ANY"
  })
  void aQuestionSaysWhichEndItAsksFor(String question, Aspect aspect) {
    assertThat(Cues.asked(question)).isEqualTo(aspect);
  }

  @ParameterizedTest
  @CsvSource({
    "when did china first test an atomic bomb, true",
    "who was the first man in space, false",
    "first three man crew in space when, false",
    "when did the korean war end, true",
    "when did the soviets invade afghanistan, false"
  })
  void onlyAnAdverbialFirstAsksForTheStartOutright(String question, boolean outright) {
    assertThat(Cues.askedOutright(question)).isEqualTo(outright);
  }

  @ParameterizedTest
  @CsvSource({
    "The Korean War began on June 25 1950, 1",
    "The airlift ended on September 30 1949, -1",
    "Khrushchev and Kennedy met in Vienna, 0",
    "The war began in June and ended in July, 0",
    "The talks concluded in May, -1",
    "The tribunal concluded that three organizations were criminal, 0"
  })
  void aClauseSaysWhichEndItTells(String clause, int told) {
    assertThat(Cues.told(clause)).isEqualTo(told);
  }

  @ParameterizedTest
  @CsvSource({
    "when did the first intifada break out, when did the first intifada",
    "outbreak of the korean war, of the korean war",
    "when did the war end, when did the war end"
  })
  void wordsThatOnlySayWhichEndAreNotSearchedFor(String question, String searched) {
    assertThat(Cues.withoutAspectWords(question)).isEqualTo(searched);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "when did the korean war end | war",
        "when did the soviet union collapse | union",
        "when did the blockade of berlin end | blockade",
        "when were the american hostages in iran released | hostages",
        "where did the 1953 east german uprising start | uprising",
        "end of the cold war | war",
        "when did khrushchev's rule end | rule",
        "when did china first test an atomic bomb | ''",
        "when was the kitchen debate | ''",
        "tokyo war crimes trial when did it start | trial",
        "the berlin airlift, when did it end | airlift",
        "when did it start | ''"
      })
  void theThingWhoseEndIsAskedIsTheHeadOfItsPhrase(String question, String thing) {
    assertThat(Cues.thingAsked(question).orElse("")).isEqualTo(thing);
  }
}
