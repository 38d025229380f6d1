package dev.hotline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.AnswerService;
import dev.hotline.answer.DayEvents;
import dev.hotline.dates.DateContext;
import dev.hotline.dates.DateExtractor;
import dev.hotline.dates.DateMention;
import dev.hotline.passage.Passage;
import dev.hotline.passage.PassageBuilder;
import dev.hotline.testing.BundledIndex;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled articles: well-formed, broad, dated, and their declared events really in the text.
 */
class BundledCorpusTest {
  private static Corpus corpus;

  @BeforeAll
  static void read() {
    corpus =
        new CorpusReader(ArticleFormats.standard())
            .read(List.of(BundledIndex.corpus()), CorpusReader.Progress.NONE);
  }

  @Test
  void everyFileReadsWithoutAProblem() {
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(105);
  }

  @Test
  void everyArticleHasItsFrontMatterAndSeveralParagraphs() {
    assertThat(corpus.articles())
        .allSatisfy(
            a -> {
              assertThat(a.published()).as(a.id()).isNotNull();
              assertThat(a.source()).as(a.id()).isNotBlank();
              assertThat(a.licence()).as(a.id()).isEqualTo("Apache-2.0");
              assertThat(a.paragraphs()).as(a.id()).hasSizeGreaterThanOrEqualTo(4);
              assertThat(a.declaredDates()).as(a.id()).isNotEmpty();
            });
  }

  @Test
  void theDateReaderFindsEveryDeclaredEventInItsArticle() {
    PassageBuilder builder = new PassageBuilder(DateExtractor.forArticles());
    List<String> missing = new ArrayList<>();
    for (Article article : corpus.articles()) {
      Set<String> found = new HashSet<>();
      for (Passage passage : builder.passages(article)) {
        passage.dates().forEach(d -> found.add(d.iso()));
      }
      for (String declared : article.declaredDates()) {
        if (!found.contains(declared)) {
          missing.add(article.id() + ": " + declared);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyArticleListsItsEventsInDateOrder() {
    List<String> outOfOrder = new ArrayList<>();
    for (Article article : corpus.articles()) {
      List<String> dates = article.declaredDates();
      for (int i = 1; i < dates.size(); i++) {
        if (comesAfter(dates.get(i - 1), dates.get(i))) {
          outOfOrder.add(article.id() + ": " + dates.get(i - 1) + " before " + dates.get(i));
        }
      }
    }
    assertThat(outOfOrder).isEmpty();
  }

  /**
   * Whether ISO date {@code a} falls after {@code b}, compared at the coarser of the two
   * precisions: a month ({@code 1968-08}) may stand before or after a day within it.
   */
  private static boolean comesAfter(String a, String b) {
    int common = Math.min(a.length(), b.length());
    return a.substring(0, common).compareTo(b.substring(0, common)) > 0;
  }

  @Test
  void dayExactDatesAreManyAndCoverEveryDayOfTheYear() {
    Set<LocalDate> days = new TreeSet<>();
    DateExtractor extractor = DateExtractor.forArticles();
    for (Article article : corpus.articles()) {
      for (String paragraph : article.paragraphs()) {
        for (DateMention mention : extractor.extract(paragraph, DateContext.none())) {
          if (mention.iso().length() == 10 && !mention.relative()) {
            days.add(mention.value().from());
          }
        }
      }
    }
    Set<MonthDay> calendar = new HashSet<>();
    days.forEach(d -> calendar.add(MonthDay.from(d)));
    List<MonthDay> missing = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      if (!calendar.contains(MonthDay.from(day))) {
        missing.add(MonthDay.from(day));
      }
    }
    assertThat(days).hasSizeGreaterThanOrEqualTo(1200);
    assertThat(missing)
        .as("calendar days (February 29 included) with no day-exact event")
        .isEmpty();
  }

  @Test
  void onThisDayHasAnEventFromTheDayItselfForEveryDayOfTheYear() {
    AnswerService answers = BundledIndex.bundled();
    int exactDays = 0;
    List<MonthDay> empty = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      DayEvents events = answers.onThisDay(MonthDay.from(day), 3);
      if (events.events().isEmpty()) {
        empty.add(MonthDay.from(day));
        continue;
      }
      if (events.exact()) {
        exactDays++;
      }
      assertThat(Math.abs(events.found().atYear(2024).toEpochDay() - day.toEpochDay()))
          .isLessThanOrEqualTo(AnswerService.NEAREST_DAYS);
      events
          .events()
          .forEach(
              e ->
                  assertThat(MonthDay.from(e.date().orElseThrow().value().from()))
                      .isEqualTo(events.found()));
    }
    assertThat(empty).isEmpty();
    assertThat(exactDays).isEqualTo(366);
  }

  @Test
  void theSeedArticlesQuestionsAreAnsweredFromTheBundledCorpusAlone() {
    AnswerService answers = BundledIndex.bundled();
    assertThat(iso(answers, "when did the border war happen?")).startsWith("1969");
    assertThat(iso(answers, "when did the ussr and china sign the treaty of friendship"))
        .isEqualTo("1950-02-14");
    assertThat(iso(answers, "when did stalin die")).startsWith("1953");
    assertThat(iso(answers, "when did khrushchev give his secret speech")).startsWith("1956");
    assertThat(iso(answers, "when was the treaty of good-neighborliness signed"))
        .startsWith("2001-07");
    assertThat(iso(answers, "when did the soviet union collapse")).startsWith("1991");
  }

  private static String iso(AnswerService answers, String question) {
    return answers.answer(question).best().orElseThrow().date().orElseThrow().iso();
  }
}
