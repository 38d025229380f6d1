package dev.hotline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private final DateExtractor articles = DateExtractor.forArticles();

  private List<String> isos(String text) {
    return isos(text, new DateContext(LocalDate.of(2015, 2, 14)));
  }

  private List<String> isos(String text, DateContext context) {
    return articles.extract(text, context).stream().map(DateMention::iso).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the treaty was signed on February 14, 1950, in Moscow | 1950-02-14",
        "signed on 14 February 1950 in Moscow | 1950-02-14",
        "signed on the 14th of February, 1950 | 1950-02-14",
        "dated 1950-02-14 in the archive | 1950-02-14",
        "In July 2001, a new treaty | 2001-07",
        "In August of 1949, the paper appeared | 1949-08",
        "Sept. 1962 was tense | 1962-09",
        "And then, in 1953, Stalin died. | 1953",
        "In the early 1960s, each side wrote | 1960/1963",
        "by the mid-1950s the gap had closed | 1954/1956",
        "in the late 1980s reform came | 1987/1989",
        "throughout the 1970s détente held | 1970/1979",
        "in the summer of 1969 the clashes went on | 1969-06/1969-08",
        "By spring 1956 the speech was known | 1956-03/1956-05",
        "autumn 1964 brought a new leader | 1964-09/1964-11",
        "they met in Geneva in mid-1954 to discuss | 1954",
        "the post-1945 order | 1945",
      })
  void normalisesAbsoluteDates(String text, String iso) {
    assertThat(isos(text)).containsExactly(iso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Pact disbanded in March and July of 1991 after | 1991-03,1991-07",
        "the ministers met on December 16 and 26, 1945 in Moscow | 1945-12-16,1945-12-26",
        "talks held January 4 and 5, 1974 | 1974-01-04,1974-01-05",
        "fighting from June to September 1948 | 1948-06,1948-09",
        "signed on June 24 and July 3, 1950 | 1950-06-24,1950-07-03",
      })
  void twoDatesJoinedShareTheYearWrittenAfterTheSecond(String text, String isos) {
    assertThat(isos(text, new DateContext(LocalDate.of(1960, 1, 1))))
        .containsExactly(isos.split(","));
  }

  @Test
  void publicationDateAnchorsYearsAgoToday() {
    assertThat(isos("65 years ago today, the two powers signed a treaty"))
        .containsExactly("1950-02-14");
    assertThat(isos("sixty-five years ago the two powers signed")).containsExactly("1950");
  }

  @Test
  void lastMentionedDateAnchorsRelativeExpressions() {
    DateContext context = DateContext.none();
    assertThat(
            isos(
                "And then, in 1953, Stalin died. What's worse, three years later, the truth came"
                    + " out.",
                context))
        .containsExactly("1953", "1956");
    assertThat(isos("The following year the rift widened.", context)).containsExactly("1957");
    assertThat(isos("A year earlier there had been hope.", context)).containsExactly("1956");
  }

  @Test
  void theYearBeforeOrAfterAtTheEndOfAClauseIsADate() {
    DateContext context = DateContext.none();
    assertThat(
            isos(
                "In 1953 the rebels rose against the general who had seized power the year"
                    + " before.",
                context))
        .containsExactly("1953", "1952");
    assertThat(isos("He left in 1960 and came back the year after, older.", context))
        .containsExactly("1960", "1961");
    // Before a noun it is the year before something else, which the text dates if it can.
    assertThat(isos("In 1960, the year before the wall, he left.", context))
        .containsExactly("1960");
  }

  @Test
  void monthsAndDaysWithoutYearTakeTheAnchorYear() {
    DateContext context = DateContext.none();
    assertThat(
            isos(
                "The crisis began in October 1962. On October 22, Kennedy spoke; that November the"
                    + " missiles left.",
                context))
        .containsExactly("1962-10", "1962-10-22", "1962-11");
    assertThat(isos("By 28 October the worst had passed, and in December talks began.", context))
        .containsExactly("1962-10-28", "1962-12");
  }

  @Test
  void holidaysOnTheSameDayEachYearAreThatDay() {
    DateContext context = DateContext.none();
    assertThat(
            isos(
                "Troops massed in December 1979. Finally, on Christmas Eve, the invasion began;"
                    + " the treaty was signed on Christmas Eve 1814 and on New Year’s Day, 1950.",
                context))
        .containsExactly("1979-12", "1979-12-24", "1814-12-24", "1950-01-01");
    assertThat(isos("the Christmas bombing and the may day parade", DateContext.none())).isEmpty();
    assertThat(DateExtractor.forQuestions().monthDayWithoutYear("what happened on christmas eve"))
        .contains(MonthDay.of(12, 24));
  }

  @Test
  void monthsLaterCountFromAMonthPreciseAnchor() {
    DateContext context = DateContext.none();
    assertThat(
            isos(
                "Talks opened in November 1969, and eighteen months later a draft existed.",
                context))
        .containsExactly("1969-11", "1971-05");
  }

  @Test
  void wordsTellingADayCountFromTheLastDayTold() {
    assertThat(
            isos(
                "On December 25, 1991, the flag was lowered. Earlier in the day, Gorbachev"
                    + " resigned. The next day the Supreme Soviet met; the day before, the"
                    + " leaders had spoken."))
        .containsExactly("1991-12-25", "1991-12-25", "1991-12-26", "1991-12-25");
  }

  @Test
  void daysLaterOrEarlierCountFromTheLastDayTold() {
    assertThat(
            isos(
                "The talks opened on June 4, 1961. Two days later the envoys left; three days"
                    + " earlier the agenda had been set."))
        .containsExactly("1961-06-04", "1961-06-06", "1961-06-03");
  }

  @Test
  void wordsTellingAMonthCountFromTheLastMonthTold() {
    assertThat(
            isos(
                "The blockade began on June 24, 1948. Later that month the airlift started; the"
                    + " next month the Soviets walked out."))
        .containsExactly("1948-06-24", "1948-06", "1948-07");
  }

  @Test
  void aDayWrittenOutAfterTheWordsTellingItIsOneMention() {
    assertThat(
            isos(
                "Mao proclaimed it on October 1, 1949. The Soviet Union recognised it the next"
                    + " day, October 2, 1949."))
        .containsExactly("1949-10-01", "1949-10-02");
  }

  @Test
  void wordsTellingADayNeedADayToldBefore() {
    assertThat(isos("Talks opened in March 1969. The next day the sides met again."))
        .containsExactly("1969-03");
  }

  /** A context reading the first passage of an essay whose title gives its period. */
  private DateContext readingEssay(String title) {
    DateContext context = new DateContext(null, articles.periodOf(title).orElseThrow());
    context.nextPassage();
    return context;
  }

  @Test
  void aPeriodFromTheTitleKeepsYearlessDatesInsideIt() {
    DateContext context =
        readingEssay("Shuttle Diplomacy and the Arab-Israeli Dispute, 1974–1975");
    assertThat(
            isos(
                "The talks recalled the 1967 war. Finally, on May 31, the two sides signed.",
                context))
        .containsExactly("1967", "1974-05-31");
  }

  @Test
  void aDayToldBeforeThePeriodAnchorsTheYearlessDatesAfterItInItsPassage() {
    DateContext context = readingEssay("The Gulf War, 1991");
    assertThat(
            isos("On April 12, 1990, senators met him. A letter came on July 27.", context))
        .containsExactly("1990-04-12", "1990-07-27");
    context.nextPassage();
    assertThat(isos("In March the troops went home.", context)).containsExactly("1991-03");
  }

  @Test
  void theYearJustBeforeThePeriodAnchorsTheYearlessDatesAfterItInItsPassage() {
    DateContext context = readingEssay("The Berlin Airlift, 1948–1949");
    assertThat(isos("The year 1947 saw major shifts. On January 1, the zones merged.", context))
        .containsExactly("1947", "1947-01-01");
  }

  @Test
  void wordsCountingYearsCountFromTheLastYearToldEvenBeforeThePeriod() {
    DateContext context = readingEssay("Founding of Liberia, 1847");
    assertThat(
            isos(
                "In 1824, settlers built a fort. In that same year, the colony was named. Two"
                    + " years later, they traded.",
                context))
        .containsExactly("1824", "1824", "1826");
  }

  @Test
  void wordsCountingYearsFromALaterPassageKeepToThePeriod() {
    DateContext context = readingEssay("Sputnik, 1957");
    assertThat(isos("A satellite followed in 1958.", context)).containsExactly("1958");
    context.nextPassage();
    assertThat(isos("They also tested a missile that year.", context)).containsExactly("1957");
  }

  @Test
  void aSeasonToldBeforeThePeriodAnchorsTheYearlessDatesAfterIt() {
    DateContext context = readingEssay("The 1973 Arab-Israeli War");
    assertThat(
            isos("In the summer of 1970 a plan was accepted; fighting stopped on August 7.", context))
        .containsExactly("1970-06/1970-08", "1970-08-07");
  }

  @Test
  void aLaterDateAnchorsYearlessDatesInItsOwnPassageOnly() {
    DateContext context =
        readingEssay("The Cultural Revolution - Red Guards and Chaos, 1965-1969");
    assertThat(isos("It ended in 1976, after Mao's death in September.", context))
        .containsExactly("1976", "1976-09");
    context.nextPassage();
    assertThat(isos("In October the Red Guards were sent to the countryside.", context))
        .containsExactly("1965-10");
  }

  @ParameterizedTest(name = "no date in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a Chinese 400-yuan stamp",
        "goodwill for the next 30 years",
        "an unofficial seven-month war over their border",
        "PO Box 567",
        "Montpelier VT 05601-0567",
        "a 30-year-young publishing house",
        "some 1500 troops crossed the river",
        "it cost $1950 at the time",
        "he may 5 times have tried",
        "they march on",
      })
  void numbersThatAreNotDatesAreNotDates(String text) {
    assertThat(isos(text)).isEmpty();
  }

  @Test
  void capitalisedMonthsOnlyInArticlesButAnyCaseInQuestions() {
    assertThat(isos("we may 1950 see")).containsExactly("1950");
    DateExtractor questions = DateExtractor.forQuestions();
    assertThat(questions.extract("what happened in october 1962?", DateContext.none()))
        .extracting(DateMention::iso)
        .containsExactly("1962-10");
    assertThat(questions.monthDayWithoutYear("what happened on july 23?"))
        .contains(MonthDay.of(7, 23));
    assertThat(questions.monthDayWithoutYear("what happened on 4th of july"))
        .contains(MonthDay.of(7, 4));
    assertThat(questions.monthDayWithoutYear("what happened on february 30?")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "when did the talks restart in 58 | 1958",
        "why were east germans short of food in 53? | 1953",
        "what did brezhnev send in oct 73 | 1973-10",
        "who won in '68 | 1968",
        "what happened in 60 days | ''",
        "which treaty was signed in 45 countries | ''",
        "when did charter 77 start | ''",
        "in 1962 or in 63 | 1962 1963",
        "why did anzus fall apart in the 80s | 1980/1989",
        "what happened in the early '60s | 1960/1963",
        "late 70s unrest | 1977/1979",
        "what did he do in his 80s | ''",
        "who mediated after the 65 war | 1965",
        "when did the 73 oil embargo end | 1973",
        "how long was the 60 day war | ''",
        "what are the 50 states | ''"
      })
  void chatShortYearsAreReadWhereAYearIsSaid(String question, String years) {
    assertThat(
            String.join(
                " ",
                DateExtractor.forQuestions().extract(question, DateContext.none()).stream()
                    .map(DateMention::iso)
                    .toList()))
        .isEqualTo(years);
  }

  @Test
  void mentionsKeepTheirTextAndPlace() {
    String text = "It ended on March 2, 1969.";
    DateMention mention = articles.extract(text, DateContext.none()).get(0);
    assertThat(mention.text()).isEqualTo("March 2, 1969");
    assertThat(text.substring(mention.start(), mention.end())).isEqualTo("March 2, 1969");
    assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
    assertThat(mention.value().inWords()).isEqualTo("March 2, 1969");
  }

  @Test
  void impossibleCalendarDaysAreSkipped() {
    assertThat(isos("on February 30, 1950 nothing happened")).containsExactly("1950");
  }
}
