package dev.hotline.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.dates.DateValue;
import dev.hotline.passage.Event;
import dev.hotline.testing.BundledIndex;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quizzes made from the bundled corpus's events: sound, varied, and within every limit. */
class QuizGeneratorTest {
  private static List<Event> events;
  private static EventPool pool;

  @BeforeAll
  static void readEvents() {
    events = BundledIndex.bundled().events();
    pool = EventPool.of(events);
  }

  @Test
  void aThousandQuizzesEachHaveOneRightChoiceMatchingTheEventsDate() {
    QuizGenerator generator = new QuizGenerator(new Random(13));
    Map<QuizKind, Integer> kinds = new EnumMap<>(QuizKind.class);
    String previous = "";
    for (int i = 0; i < 1000; i++) {
      Quiz quiz = generator.generate(pool, QuizFilter.any(), Set.of(previous)).orElseThrow();
      assertSound(quiz);
      assertThat(quiz.subject().id())
          .as("never the same event twice in a row")
          .isNotEqualTo(previous);
      previous = quiz.subject().id();
      kinds.merge(quiz.kind(), 1, Integer::sum);
    }
    assertThat(kinds).as("every kind is asked").hasSize(QuizKind.values().length);
    assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
  }

  @Test
  void everyKindCanBeMadeForMostKeyEvents() {
    QuizGenerator generator = new QuizGenerator(new Random(7));
    List<QuizEvent> keyEvents = pool.subjects(QuizFilter.any());
    assertThat(keyEvents).hasSizeGreaterThan(1000).allMatch(QuizEvent::declared);
    for (QuizKind kind : QuizKind.values()) {
      long made =
          keyEvents.stream()
              .map(event -> generator.make(kind, event, pool))
              .flatMap(Optional::stream)
              .peek(QuizGeneratorTest::assertSound)
              .count();
      assertThat(made).as(kind.name()).isGreaterThan(keyEvents.size() / 2);
    }
  }

  @Test
  void aTopicKeepsToEventsThatNameIt() {
    QuizGenerator generator = new QuizGenerator(new Random(1));
    QuizFilter berlin = QuizFilter.parse("topic:berlin");
    for (int i = 0; i < 50; i++) {
      Quiz quiz = generator.generate(pool, berlin, Set.of()).orElseThrow();
      assertThat(quiz.subject().articleTitle() + " " + quiz.subject().description())
          .containsIgnoringCase("berlin");
    }
  }

  @Test
  void aYearRangeKeepsToEventsOfThoseYears() {
    QuizGenerator generator = new QuizGenerator(new Random(2));
    QuizFilter range = QuizFilter.parse("1961-1963");
    for (int i = 0; i < 50; i++) {
      assertThat(generator.generate(pool, range, Set.of()).orElseThrow().subject().year())
          .isBetween(1961, 1963);
    }
    assertThat(generator.generate(pool, QuizFilter.parse("berlin 1989"), Set.of()).orElseThrow())
        .satisfies(quiz -> assertThat(quiz.subject().year()).isEqualTo(1989));
  }

  @Test
  void aTopicNoEventNamesMakesNoQuiz() {
    QuizGenerator generator = new QuizGenerator(new Random(3));
    assertThat(generator.generate(pool, QuizFilter.parse("topic:atlantis"), Set.of())).isEmpty();
  }

  @Test
  void aCorpusWithoutKeyEventsStillGetsReadableQuizzes() {
    List<Event> textOnly = events.stream().filter(e -> !e.declared()).toList();
    EventPool extracted = EventPool.of(textOnly);
    assertThat(extracted.all()).hasSizeGreaterThan(50);
    QuizGenerator generator = new QuizGenerator(new Random(5));
    for (int i = 0; i < 200; i++) {
      Quiz quiz = generator.generate(extracted, QuizFilter.any(), Set.of()).orElseThrow();
      assertSound(quiz);
      for (Choice choice : quiz.choices()) {
        if (choice.eventId().isPresent()) {
          assertThat(ReadableEvents.readable(choice.text())).as(choice.text()).isTrue();
        }
      }
    }
  }

  @Test
  void onlyDescriptionsThatStandAloneAreReadable() {
    assertThat(ReadableEvents.readable("East German forces seal the sector border in Berlin"))
        .isTrue();
    assertThat(ReadableEvents.readable("Later that year,")).isFalse();
    assertThat(
            ReadableEvents.readable(
                "The Soviet Union exploded its first atomic bomb, the United Kingdom"))
        .isFalse();
    assertThat(
            ReadableEvents.readable(
                "The Soviet Union exploded its first atomic bomb, the People's Republic of China"))
        .isFalse();
    assertThat(ReadableEvents.readable("The treaty was signed in Moscow, Paris and London"))
        .isTrue();
    assertThat(ReadableEvents.readable("and 1974")).isFalse();
    assertThat(ReadableEvents.readable("Moscow announced that it had granted him asylum")).isTrue();
    assertThat(ReadableEvents.readable("He was arrested at his home in Moscow")).isFalse();
    assertThat(ReadableEvents.readable("The Soviet government admitted the existence of its"))
        .isFalse();
    assertThat(ReadableEvents.readable("Talks between Iraq and Kuwait in Jeddah collapsed after…"))
        .isFalse();
    assertThat(ReadableEvents.tidy("The raid failed.  ")).isEqualTo("The raid failed");
  }

  @Test
  void filtersAreReadFromWhatWasTyped() {
    assertThat(QuizFilter.parse("")).isEqualTo(QuizFilter.any());
    QuizFilter both = QuizFilter.parse("topic:Berlin 1963-1961");
    assertThat(both.words()).containsExactly("berlin");
    assertThat(both.fromYear()).hasValue(1961);
    assertThat(both.toYear()).hasValue(1963);
    QuizFilter decade = QuizFilter.parse("the 1960s");
    assertThat(decade.words()).containsExactly("the");
    assertThat(decade.fromYear()).hasValue(1960);
    assertThat(decade.toYear()).hasValue(1969);
    assertThat(QuizFilter.parse("years:1956").describe()).isEqualTo("1956");
    assertThat(QuizFilter.parse("Têt offensive").words()).containsExactly("tet", "offensive");
  }

  /** The checks every quiz must pass, whatever its kind. */
  static void assertSound(Quiz quiz) {
    QuizEvent subject = quiz.subject();
    List<Choice> choices = quiz.choices();
    assertThat(choices).hasSize(QuizLimits.CHOICES);
    Set<String> distinct =
        choices.stream()
            .map(c -> c.text().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(HashSet::new));
    assertThat(distinct).as("four distinct choices in " + quiz).hasSize(QuizLimits.CHOICES);
    assertThat(quiz.correct()).isBetween(0, QuizLimits.CHOICES - 1);
    assertThat(quiz.question()).isNotBlank().hasSizeLessThanOrEqualTo(QuizLimits.QUESTION);
    assertThat(choices)
        .allSatisfy(
            c -> assertThat(c.text()).isNotBlank().hasSizeLessThanOrEqualTo(QuizLimits.CHOICE));
    assertThat(quiz.explanation())
        .isNotBlank()
        .hasSizeLessThanOrEqualTo(QuizLimits.EXPLANATION)
        .doesNotContain("\n")
        .contains(subject.date().inWords());
    Choice answer = quiz.answer();
    switch (quiz.kind()) {
      case YEAR -> {
        assertThat(answer.text()).isEqualTo(Integer.toString(subject.year()));
        assertThat(answer.when()).isEqualTo(DateValue.year(subject.year()));
        assertThat(choices.stream().filter(c -> c.when().year() == subject.year())).hasSize(1);
        for (Choice choice : choices) {
          assertThat(subject.inPeriod(choice.when().year()))
              .as(choice.text() + " within the article's years " + subject)
              .isTrue();
          assertThat(Math.abs(choice.when().year() - subject.year())).isLessThanOrEqualTo(5);
        }
      }
      case MONTH -> {
        YearMonth month = YearMonth.from(subject.date().from());
        assertThat(answer.when())
            .isEqualTo(DateValue.month(month.getYear(), month.getMonthValue()));
        assertThat(answer.text()).isEqualTo(answer.when().inWords());
        assertThat(choices.stream().filter(c -> YearMonth.from(c.when().from()).equals(month)))
            .hasSize(1);
        for (Choice choice : choices) {
          assertThat(subject.inPeriod(choice.when().year())).isTrue();
          long apart =
              Math.abs(
                  YearMonth.from(choice.when().from())
                      .until(month, java.time.temporal.ChronoUnit.MONTHS));
          assertThat(apart).isLessThanOrEqualTo(6);
        }
      }
      case FIRST -> {
        assertThat(answer.eventId()).contains(subject.id());
        for (Choice choice : choices) {
          if (choice != answer) {
            assertThat(choice.when().from()).isAfter(subject.date().to());
          }
          for (Choice other : choices) {
            if (other != choice) {
              assertThat(overlap(choice.when(), other.when())).as(quiz.toString()).isFalse();
            }
          }
        }
      }
      case WHAT_HAPPENED -> {
        assertThat(quiz.question()).contains(subject.date().inWords());
        assertThat(answer.eventId()).contains(subject.id());
        assertThat(answer.text()).isEqualTo(subject.description());
        assertThat(choices.stream().filter(c -> overlap(c.when(), subject.date()))).hasSize(1);
      }
    }
  }

  private static boolean overlap(DateValue a, DateValue b) {
    return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
  }
}
