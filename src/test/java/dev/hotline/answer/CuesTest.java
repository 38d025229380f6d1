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
    "when did us troops arrive in vietnam, START",
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
    "how many years did the korean war last, SPAN",
    // "How long ago" asks when.
    "how long ago did the berlin wall fall, END",
    "how many years ago was nato founded, START",
    "when did china first test an atomic bomb, START",
    "why did new zealand fall out with the us, ANY",
    "when was the kitchen debate, ANY",
    // Why a thing happened at all is told where it starts.
    "why did the suez crisis happen, START",
    "when did the suez crisis happen, ANY",
    // What a thing was is told by its making, less surely than a start word says so.
    "what was the warsaw pact, START",
    "what were the helsinki accords?, START",
    "what was the fall of saigon, END",
    "what did the warsaw pact do, ANY",
    "tsar bomba test date, ANY",
    "when did the geneva summit wrap up, END",
    "until when did the armistice lines hold, END",
    "when did the berlin wall go up, START",
    "when did the first united front collapse, END",
    "when did castro take power, START",
    "when did czechoslovakia scrap censorship, END",
    "when were the talks suspended, END",
    "what did the citizens learn three years after he died, ANY",
    "who led china after mao died, ANY",
    "when did the soviets withdraw after invading afghanistan, END",
    "'before the wall fell, when did they open the border', ANY",
    "when was the cultural revolution officially over, END",
    "when was the war over?, END",
    "when did they fight over the border, ANY",
    "when did the prc take over the un seat, ANY",
    "when did brezhnev take over, ANY",
    "when did britain hand over hong kong, ANY",
    "when did they trade insults over the crisis, ANY",
    "when did the us start selling arms to pakistan, START",
    "when did russia and china end up together in bric, ANY",
    "when did moscow and beijing stop being enemies, END",
    "what year did the treaty run out, END",
    "when did the us finally get its first satellite into orbit, END",
    "when did jaruzelski finally lift martial law, END",
    "when did the arab states call off the embargo, END",
    "why did they end up calling off the strike, END",
    "'nuremberg trial how long did it go on, when did it wrap up', END",
    "'how long did the talks go on, and when did they start', START",
    "korean war truce talks first got going when?, START",
    // A long word that says which end, mistyped.
    "when was yitzhak rabin assasinated, END",
    "when was the hydrogen bomb program abolshed, END",
    "when was the harbour wall designed, ANY",
    // A shorter one with two letters swapped.
    "when did the korean war strat, START",
    "when did the vietnam war edned, END",
    "when did the strait crisis happen, ANY",
    // A clause naming the thing, before "happen", says nothing of which end.
    "when did the military coup that toppled allende happen, ANY",
    "when was the coup that toppled allende, END",
    // A question's "formally open" asks when it opened, not for the first of its openings.
    "when did the conference formally open in helsinki, ANY"
  })
  void aQuestionSaysWhichEndItAsksFor(String question, Aspect aspect) {
    assertThat(Cues.asked(question)).isEqualTo(aspect);
  }

  @ParameterizedTest
  @CsvSource({
    "when was the first hydrogen bomb tested, true",
    "first satellite launch date, true",
    "what was the first country to test a hydrogen bomb, true",
    // A thing first tested, in the passive, whoever did it.
    "when was the hydrogen bomb first tested, true",
    "when were nuclear weapons first tested, true",
    // One's own first is no first of several, nor is a first time.
    "when did france test its first atomic bomb, false",
    "when did the soviet union's first satellite go up, false",
    "when did china first test an atomic bomb, false",
    "when did the korean war start, false"
  })
  void aFirstWithNoOwnerAsksForTheFirstOfSeveral(String question, boolean several) {
    assertThat(Cues.asksFirstOfSeveral(question)).isEqualTo(several);
  }

  @ParameterizedTest
  @CsvSource({
    "when did china first test an atomic bomb, true",
    "who was the first man in space, false",
    "first three man crew in space when, false",
    "when did the korean war end, true",
    "when did the soviets invade afghanistan, false",
    "when did the us start selling arms to pakistan, false",
    "when did the soviets start pulling out of afghanistan, true",
    "when did the korean war start, true",
    // "Finally" asks for an end outright only beside a word telling one.
    "when did jaruzelski finally lift martial law, true",
    "when was the treaty finally replaced, false",
    "when did the us finally get its first satellite into orbit, false"
  })
  void onlyPlainStartAndEndWordsAskOutright(String question, boolean outright) {
    assertThat(Cues.askedOutright(question)).isEqualTo(outright);
  }

  @ParameterizedTest
  @CsvSource({
    "The Korean War began on June 25 1950, 1",
    "The airlift ended on September 30 1949, -1",
    "Khrushchev and Kennedy met in Vienna, 0",
    "The war began in June and ended in July, 0",
    "The talks concluded in May, -1",
    "The tribunal concluded that three organizations were criminal, 0",
    "The program continued until October 1953, -1",
    "The bombing continued through the spring of 1967, -1",
    "The Contras disbanded, -1",
    "Operation Rolling Thunder commenced on February 13 1965, 1",
    "The conference closed on February 11 1945, -1",
    "The wall went up overnight, 1",
    "Russia and China were no longer enemies, -1",
    "The republic ceased to exist, -1",
    "The two countries ended up as partners, 0",
    "They have just concluded a treaty to ensure goodwill, 0",
    "The two sides concluded a new trade agreement, 0",
    "All the troops left the country in March, -1",
    "The governor left office in 1931, -1",
    "The left wing of the party won the vote, 0",
    "The treaty left the border unsettled, 0",
    "Negotiations between the council and the union opened officially in Velden, 1",
    "The border opened in November, 0",
    "The conference opened in Madrid on October 30 1991, 1",
    "The summit was opened by the king, 1",
    "The talks were opened to the press, 0"
  })
  void aClauseSaysWhichEndItTells(String clause, int told) {
    assertThat(Cues.told(clause)).isEqualTo(told);
  }

  @ParameterizedTest
  @CsvSource({
    "Fearing that the Allies might halt the airlift the Berliners gathered, 0",
    "They feared the talks could not begin before spring, 0",
    "The Allies would probably have ended the airlift, 0",
    "The Soviets lifted the blockade in May, 1",
    "The Soviets may have lifted the blockade; the airlift ended in September, 1"
  })
  void aStartOrEndAfterAModalIsNotTold(String text, int told) {
    assertThat(Cues.toldAt(text).length).isEqualTo(told);
  }

  /**
   * A form of every word and phrase the clause patterns know, each alone: the pieces that let a
   * text skip a pattern must leave none of them out.
   */
  @ParameterizedTest
  @CsvSource({
    "start, 1",
    "starts, 1",
    "started, 1",
    "starting, 1",
    "begin, 1",
    "begins, 1",
    "began, 1",
    "begun, 1",
    "beginning, 1",
    "outbreak, 1",
    "break out, 1",
    "breaks out, 1",
    "broke out, 1",
    "breaking out, 1",
    "launch, 1",
    "launches, 1",
    "launched, 1",
    "launching, 1",
    "founded, 1",
    "founding, 1",
    "establish, 1",
    "established, 1",
    "establishing, 1",
    "create, 1",
    "creates, 1",
    "created, 1",
    "creating, 1",
    "creation, 1",
    "formed, 1",
    "forming, 1",
    "set up, 1",
    "sets up, 1",
    "setting up, 1",
    "build, 1",
    "builds, 1",
    "built, 1",
    "erect, 1",
    "erects, 1",
    "erected, 1",
    "erecting, 1",
    "invade, 1",
    "invades, 1",
    "invaded, 1",
    "invading, 1",
    "invasion, 1",
    "arrive, 1",
    "arrived, 1",
    "arriving, 1",
    "arrival, 1",
    "came into being, 1",
    "comes into existence, 1",
    "take office, 1",
    "takes office, 1",
    "took office, 1",
    "taken office, 1",
    "taking office, 1",
    "sworn in, 1",
    "inaugurate, 1",
    "inaugurated, 1",
    "inaugurating, 1",
    "inauguration, 1",
    "seize power, 1",
    "seized power, 1",
    "seizing power, 1",
    "come to power, 1",
    "comes to power, 1",
    "came to power, 1",
    "coming to power, 1",
    "erupt, 1",
    "erupts, 1",
    "erupted, 1",
    "erupting, 1",
    "open fire, 1",
    "opens fire, 1",
    "opened fire, 1",
    "end, -1",
    "ends, -1",
    "ended, -1",
    "ending, -1",
    "fall, -1",
    "falls, -1",
    "fell, -1",
    "fallen, -1",
    "collapse, -1",
    "collapses, -1",
    "collapsed, -1",
    "collapsing, -1",
    "last, -1",
    "withdraw, -1",
    "withdrew, -1",
    "withdraws, -1",
    "withdrawn, -1",
    "withdrawing, -1",
    "withdrawal completed, -1",
    "withdrawal was completed, -1",
    "release, -1",
    "released, -1",
    "releasing, -1",
    "freed, -1",
    "dissolve, -1",
    "dissolved, -1",
    "dissolving, -1",
    "dissolution, -1",
    "resign, -1",
    "resigned, -1",
    "resignation, -1",
    "die, -1",
    "died, -1",
    "dying, -1",
    "death, -1",
    "execute, -1",
    "executed, -1",
    "executing, -1",
    "execution, -1",
    "assassinate, -1",
    "assassinated, -1",
    "assassinating, -1",
    "assassination, -1",
    "armistice, -1",
    "ceasefire, -1",
    "cease-fire, -1",
    "surrender, -1",
    "surrendered, -1",
    "lifts, -1",
    "lifted, -1",
    "expire, -1",
    "expired, -1",
    "lapse, -1",
    "lapsed, -1",
    "terminate, -1",
    "terminated, -1",
    "termination, -1",
    "abolish, -1",
    "abolished, -1",
    "abolishing, -1",
    "finish, -1",
    "finished, -1",
    "conclude, -1",
    "concluded, -1",
    "oust, -1",
    "ousted, -1",
    "overthrow, -1",
    "overthrown, -1",
    "overthrew, -1",
    "topple, -1",
    "toppled, -1",
    "toppling, -1",
    "step down, -1",
    "steps down, -1",
    "stepped down, -1",
    "stepping down, -1",
    "depose, -1",
    "deposed, -1",
    "come to an end, -1",
    "came to an end, -1",
    "come down, -1",
    "came down, -1",
    "was over, -1",
    "pull out, -1",
    "pulled out, -1",
    "pulling out, -1",
    "tore down, -1",
    "torn down, -1",
    "demolish, -1",
    "demolished, -1",
    "demolishing, -1",
    "out of existence, -1",
    "suspended, -1",
    "suspension, -1",
    "broke off, -1",
    "broke up, -1",
    "breaking up, -1",
    "breakup, -1",
    "halted, -1",
    "called off, -1",
    "cancelled, -1",
    "canceled, -1",
    "scrapped, -1",
    "no longer, -1",
    "ceased, -1",
    "ceases, -1",
    "calling off, -1",
    "breaking off, -1",
    "halting, -1",
    "cancelling, -1",
    "scrapping, -1",
    "ousting, -1",
    "finishing, -1",
    "terminating, -1",
    "ceasing, -1",
    "overthrowing, -1",
    "deposing, -1"
  })
  void everyFormOfAStartOrEndIsTold(String words, int told) {
    assertThat(Cues.told(words)).isEqualTo(told);
  }

  @ParameterizedTest
  @CsvSource({
    "when did the first intifada break out, when did the first intifada",
    "outbreak of the korean war, of the korean war",
    "when did the war end, when did the war end",
    "why did the producers end up calling off the embargo, why did the producers the embargo"
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
        "when did it start | ''",
        "when did the us food program for east germans end | program"
      })
  void theThingWhoseEndIsAskedIsTheHeadOfItsPhrase(String question, String thing) {
    assertThat(Cues.thingAsked(question).orElse("")).isEqualTo(thing);
  }
}
