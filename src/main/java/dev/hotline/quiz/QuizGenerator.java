package dev.hotline.quiz;

import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Makes four-choice quizzes from events. Wrong years and months lie close to the right one and
 * within the years the event's article covers; event choices never share a date with the right one
 * ("what happened") or with each other ("which came first"), and never repeat a description. The
 * choice of event and kind, and the order of event choices, come from the injected {@link Random},
 * so a seed gives the same quizzes.
 */
public final class QuizGenerator {
  /** Events tried before giving up on a filter whose events make no quiz. */
  private static final int ATTEMPTS = 40;

  /** Wrong years are drawn from this many nearest years of the article's period. */
  private static final int NEAR_YEARS = 5;

  /** Wrong months are drawn from this many nearest months. */
  private static final int NEAR_MONTHS = 6;

  /** How far from each other in time events of one "which came first" may lie, from the first. */
  private static final int FIRST_WITHIN_YEARS = 12;

  /** Events of another article may stand as "what happened" choices within this many years. */
  private static final int OTHERS_WITHIN_YEARS = 4;

  private final Random random;

  public QuizGenerator(Random random) {
    this.random = random;
  }

  /**
   * A quiz about one of {@code filter}'s events, none of those in {@code avoid}; empty when they
   * make none.
   */
  public Optional<Quiz> generate(EventPool pool, QuizFilter filter, Set<String> avoid) {
    List<QuizEvent> subjects =
        pool.subjects(filter).stream().filter(e -> !avoid.contains(e.id())).toList();
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Quiz> quiz = about(pool, subjects.get(random.nextInt(subjects.size())));
      if (quiz.isPresent()) {
        return quiz;
      }
    }
    return Optional.empty();
  }

  /** A quiz about {@code subject}, of whichever kind it makes, tried in a random order. */
  public Optional<Quiz> about(EventPool pool, QuizEvent subject) {
    for (QuizKind kind : kindsInRandomOrder()) {
      Optional<Quiz> quiz = make(kind, subject, pool);
      if (quiz.isPresent()) {
        return quiz;
      }
    }
    return Optional.empty();
  }

  /** A quiz of one kind about {@code subject}, if the event and its neighbours allow it. */
  public Optional<Quiz> make(QuizKind kind, QuizEvent subject, EventPool pool) {
    return switch (kind) {
      case YEAR -> year(subject);
      case MONTH -> month(subject);
      case FIRST -> first(subject, pool);
      case WHAT_HAPPENED -> whatHappened(subject, pool);
    };
  }

  // Years are the commonest question, the others share the rest.
  private List<QuizKind> kindsInRandomOrder() {
    List<QuizKind> kinds = new ArrayList<>(List.of(QuizKind.values()));
    Collections.shuffle(kinds, random);
    if (random.nextInt(3) == 0) {
      kinds.remove(QuizKind.YEAR);
      kinds.addFirst(QuizKind.YEAR);
    }
    return kinds;
  }

  private Optional<Quiz> year(QuizEvent subject) {
    int year = subject.year();
    List<Integer> others = new ArrayList<>();
    for (int y = subject.firstYear(); y <= subject.lastYear(); y++) {
      if (y != year) {
        others.add(y);
      }
    }
    List<Integer> wrong = nearest(others, y -> Math.abs(y - year), NEAR_YEARS);
    if (wrong.size() < QuizLimits.CHOICES - 1) {
      return Optional.empty();
    }
    List<Integer> years = new ArrayList<>(wrong.subList(0, QuizLimits.CHOICES - 1));
    years.add(year);
    years.sort(Comparator.naturalOrder());
    List<Choice> choices =
        years.stream().map(y -> Choice.date(Integer.toString(y), DateValue.year(y))).toList();
    return Optional.of(
        new Quiz(
            QuizKind.YEAR,
            question("In which year did this happen? ", subject.description()),
            choices,
            years.indexOf(year),
            subject,
            explanation(subject.date().inWords(), subject)));
  }

  private Optional<Quiz> month(QuizEvent subject) {
    if (subject.date().granularity() != Granularity.DAY) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(subject.date().from());
    List<YearMonth> others = new ArrayList<>();
    for (int offset = -24; offset <= 24; offset++) {
      YearMonth other = month.plusMonths(offset);
      if (offset != 0 && subject.inPeriod(other.getYear())) {
        others.add(other);
      }
    }
    List<YearMonth> wrong =
        nearest(
            others,
            m -> Math.abs(m.getYear() * 12L + m.getMonthValue() - monthNumber(month)),
            NEAR_MONTHS);
    if (wrong.size() < QuizLimits.CHOICES - 1) {
      return Optional.empty();
    }
    List<YearMonth> months = new ArrayList<>(wrong.subList(0, QuizLimits.CHOICES - 1));
    months.add(month);
    months.sort(Comparator.naturalOrder());
    List<Choice> choices =
        months.stream()
            .map(m -> DateValue.month(m.getYear(), m.getMonthValue()))
            .map(value -> Choice.date(value.inWords(), value))
            .toList();
    return Optional.of(
        new Quiz(
            QuizKind.MONTH,
            question("In which month did this happen? ", subject.description()),
            choices,
            months.indexOf(month),
            subject,
            explanation(subject.date().inWords(), subject)));
  }

  private static long monthNumber(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue();
  }

  /** Which came first: the subject, and three later events, none sharing a day with another. */
  private Optional<Quiz> first(QuizEvent subject, EventPool pool) {
    List<QuizEvent> later = new ArrayList<>();
    Set<String> descriptions = new HashSet<>(Set.of(QuizFilter.fold(subject.description())));
    for (List<QuizEvent> source :
        List.of(pool.companionsInArticle(subject), pool.companions(subject))) {
      List<QuizEvent> shuffled = new ArrayList<>(source);
      Collections.shuffle(shuffled, random);
      for (QuizEvent other : shuffled) {
        if (later.size() == QuizLimits.CHOICES - 1) {
          break;
        }
        boolean fits =
            other.date().from().isAfter(subject.date().to())
                && other.year() - subject.year() <= FIRST_WITHIN_YEARS
                && later.stream().noneMatch(other::overlaps)
                && descriptions.add(QuizFilter.fold(other.description()));
        if (fits) {
          later.add(other);
        }
      }
    }
    if (later.size() < QuizLimits.CHOICES - 1) {
      return Optional.empty();
    }
    List<QuizEvent> events = new ArrayList<>(later);
    events.add(subject);
    Collections.shuffle(events, random);
    List<Choice> choices = events.stream().map(Choice::event).toList();
    String others =
        later.stream()
            .sorted(Comparator.comparing((QuizEvent e) -> e.date().from()))
            .map(e -> e.date().inWords())
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    return Optional.of(
        new Quiz(
            QuizKind.FIRST,
            "Which of these came first?",
            choices,
            events.indexOf(subject),
            subject,
            explanation("First: " + subject.date().inWords() + "; then " + others, subject)));
  }

  /**
   * What happened on the subject's day (or in its month): it, and three events from other dates.
   */
  private Optional<Quiz> whatHappened(QuizEvent subject, EventPool pool) {
    Granularity granularity = subject.date().granularity();
    if (granularity != Granularity.DAY && granularity != Granularity.MONTH) {
      return Optional.empty();
    }
    List<QuizEvent> wrong = new ArrayList<>();
    Set<String> descriptions = new HashSet<>(Set.of(QuizFilter.fold(subject.description())));
    List<QuizEvent> nearby =
        pool.companions(subject).stream()
            .filter(e -> Math.abs(e.year() - subject.year()) <= OTHERS_WITHIN_YEARS)
            .toList();
    for (Collection<QuizEvent> source : List.of(pool.companionsInArticle(subject), nearby)) {
      List<QuizEvent> shuffled = new ArrayList<>(source);
      Collections.shuffle(shuffled, random);
      for (QuizEvent other : shuffled) {
        if (wrong.size() == QuizLimits.CHOICES - 1) {
          break;
        }
        if (!other.overlaps(subject) && descriptions.add(QuizFilter.fold(other.description()))) {
          wrong.add(other);
        }
      }
    }
    if (wrong.size() < QuizLimits.CHOICES - 1) {
      return Optional.empty();
    }
    List<QuizEvent> events = new ArrayList<>(wrong);
    events.add(subject);
    Collections.shuffle(events, random);
    String when = (granularity == Granularity.DAY ? "on " : "in ") + subject.date().inWords();
    return Optional.of(
        new Quiz(
            QuizKind.WHAT_HAPPENED,
            "What happened " + when + "?",
            events.stream().map(Choice::event).toList(),
            events.indexOf(subject),
            subject,
            explanation(subject.date().inWords(), subject)));
  }

  /**
   * Up to {@code count} of {@code values} nearest by {@code distance}, ties broken at random, then
   * shuffled: the wrong answers come from the nearest few, not always the very nearest.
   */
  private <T> List<T> nearest(List<T> values, ToLongFunction<T> distance, int count) {
    List<T> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    shuffled.sort(Comparator.comparingLong(distance));
    List<T> near = new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
    Collections.shuffle(near, random);
    return near;
  }

  private static String question(String lead, String description) {
    return QuizLimits.fit(lead + description + ".", QuizLimits.QUESTION);
  }

  /** {@code lead}, a dash and the article's title, cut to the explanation's limit. */
  private static String explanation(String lead, QuizEvent subject) {
    String title = subject.articleTitle().isBlank() ? "the articles" : subject.articleTitle();
    return QuizLimits.fit(
        QuizLimits.fit(lead, QuizLimits.EXPLANATION / 2) + " — " + title, QuizLimits.EXPLANATION);
  }
}
