package dev.hotline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthSlipsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "what happened on septemer 16 | what happened on september 16",
        "what happened on apirl 2? | what happened on april 2?",
        "what happened on marrch 2 | what happened on march 2",
        "events of 16 ocotber | events of 16 october",
        "the yalta conference in febuary 1945 | the yalta conference in february 1945",
        "what happened in feburary 1945 | what happened in february 1945"
      })
  void aMonthTypedOneSlipOffBesideADayOrYearIsThatMonth(String typed, String read) {
    assertThat(MonthSlips.respelt(typed)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "who won the chess match 1972",
        "who won the match 5 times",
        "when did a plane first fly at mach 2",
        "how many apollo missions were there",
        "when did apollo 11 land",
        "what was the march on washington",
        "did the octopus card launch in 1997",
        "what happened on March 5"
      })
  void otherWordsStayAsTyped(String typed) {
    assertThat(MonthSlips.respelt(typed)).isEqualTo(typed);
  }

  @Test
  void aMisspeltCalendarDayAsksForThatDaysEvents() {
    ParsedQuestion parsed = new QuestionParser().parse("what happened on septemer 16");
    assertThat(parsed.type()).isEqualTo(QuestionType.ON_THIS_DAY);
    assertThat(parsed.monthDay()).contains(MonthDay.of(9, 16));
  }
}
