package dev.hotline.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds every date expression in a text and normalises it, resolving relative expressions ("three
 * years later", "that October", "65 years ago today") against a {@link DateContext}.
 *
 * <p>Where patterns overlap, the match that starts first wins, then the longest: "February 14,
 * 1950" is one day, not a day and a year. Instances are immutable and thread-safe.
 */
public final class DateExtractor {
  private final List<DateRule> rules;

  private DateExtractor(List<DateRule> rules) {
    this.rules = rules;
  }

  /** An extractor for article text, where month names are capitalised. */
  public static DateExtractor forArticles() {
    return new DateExtractor(DateRules.forArticles());
  }

  /** An extractor for chat questions, which ignores case. */
  public static DateExtractor forQuestions() {
    return new DateExtractor(DateRules.forQuestions());
  }

  /**
   * An extractor that knows no date patterns and so finds nothing: for indexing without dates, e.g.
   * to measure what reading them costs.
   */
  public static DateExtractor none() {
    return new DateExtractor(List.of());
  }

  /**
   * Returns the dates in {@code text} in reading order, and leaves the last of them in {@code
   * context} as the anchor for the text that follows.
   */
  public List<DateMention> extract(String text, DateContext context) {
    return extract(candidates(text), context);
  }

  private static List<DateMention> extract(List<Candidate> candidates, DateContext context) {
    List<DateMention> mentions = new ArrayList<>();
    int end = -1;
    for (Candidate candidate : byPlace(candidates)) {
      if (candidate.start < end) {
        continue;
      }
      // A match that is no date after all ("February 30, 1950") leaves room for a shorter one
      // ("1950").
      Optional<DateValue> value = candidate.rule.resolver().resolve(candidate.match, context);
      if (value.isPresent()) {
        context.mentioned(value.get());
        mentions.add(
            new DateMention(
                value.get(),
                candidate.text,
                candidate.start,
                candidate.end,
                candidate.rule.relative()));
        end = candidate.end;
      }
    }
    return mentions;
  }

  /**
   * The span of years a title names ("The Taiwan Straits Crises: 1954–55 and 1958" covers
   * 1954–1958), or empty when it names no year.
   */
  public Optional<DateValue> periodOf(String title) {
    List<DateMention> mentions = extract(title, DateContext.none());
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    int first = mentions.stream().mapToInt(m -> m.value().from().getYear()).min().orElseThrow();
    int last = mentions.stream().mapToInt(m -> m.value().to().getYear()).max().orElseThrow();
    return Optional.of(DateValue.years(first, last));
  }

  /** A calendar day written without a year ("on July 23") and where it stands in the text. */
  public record MonthDayMention(java.time.MonthDay day, int start, int end) {}

  /**
   * The first calendar day written without a year, for questions like "what happened on July 23?".
   */
  public Optional<MonthDayMention> monthDayMention(String text) {
    return monthDayMention(candidates(text));
  }

  /**
   * What a question says of time: its dates as {@link #extract} finds them without context, and its
   * {@link #monthDayMention}, from one run of the patterns.
   */
  public QuestionDates questionDates(String text) {
    List<Candidate> found = candidates(text);
    return new QuestionDates(extract(found, DateContext.none()), monthDayMention(found));
  }

  /** The dates a question names, and the calendar day it names without a year. */
  public record QuestionDates(List<DateMention> mentions, Optional<MonthDayMention> monthDay) {}

  private static Optional<MonthDayMention> monthDayMention(List<Candidate> candidates) {
    for (Candidate candidate : nonOverlapping(candidates)) {
      String name = candidate.rule.name();
      if (name.equals("holiday")) {
        return Optional.of(
            new MonthDayMention(
                DateRules.holiday(candidate.match), candidate.start, candidate.end));
      }
      if (name.equals("month day") || name.equals("day month")) {
        int month = DateRules.month(candidate.match);
        int day = Integer.parseInt(candidate.match.group("day"));
        try {
          return Optional.of(
              new MonthDayMention(
                  java.time.MonthDay.of(month, day), candidate.start, candidate.end));
        } catch (java.time.DateTimeException notADay) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The calendar day of {@link #monthDayMention}, without its place. */
  public Optional<java.time.MonthDay> monthDayWithoutYear(String text) {
    return monthDayMention(text).map(MonthDayMention::day);
  }

  /** What a text holds, found once so that rules that cannot match are never run. */
  private static final class TextHints {
    private static final Pattern MONTH_NAME =
        Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern SEASON_NAME =
        Pattern.compile("(?i)\\b(spring|summer|autumn|fall)\\b");

    private final String text;
    private final String lower;
    private Boolean month;
    private Boolean season;

    TextHints(String text) {
      this.text = text;
      this.lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean mayMatch(String needs) {
      return switch (needs) {
        case DateRules.MONTH -> month == null ? (month = MONTH_NAME.matcher(text).find()) : month;
        case DateRules.SEASON ->
            season == null ? (season = SEASON_NAME.matcher(text).find()) : season;
        case DateRules.DIGIT -> text.chars().anyMatch(Character::isDigit);
        case DateRules.HOLIDAY -> DateRules.HOLIDAY_WORDS.stream().anyMatch(lower::contains);
        default -> lower.contains(needs);
      };
    }
  }

  private record Candidate(
      DateRule rule, MatchResult match, String text, int start, int end, int order) {}

  private List<Candidate> candidates(String text) {
    List<Candidate> found = new ArrayList<>();
    TextHints hints = new TextHints(text);
    for (int order = 0; order < rules.size(); order++) {
      DateRule rule = rules.get(order);
      if (!hints.mayMatch(rule.needs())) {
        continue;
      }
      java.util.regex.Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        found.add(
            new Candidate(
                rule,
                matcher.toMatchResult(),
                matcher.group(),
                matcher.start(),
                matcher.end(),
                order));
      }
    }
    return found;
  }

  /** Candidates in reading order; at the same place the longest first, then by rule order. */
  private static List<Candidate> byPlace(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed())
            .thenComparingInt(Candidate::order));
    return sorted;
  }

  private static List<Candidate> nonOverlapping(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    int end = -1;
    for (Candidate candidate : byPlace(candidates)) {
      if (candidate.start >= end) {
        kept.add(candidate);
        end = candidate.end;
      }
    }
    return kept;
  }
}
