package dev.hotline.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The table of date patterns, in the order they are tried for a match starting at the same place.
 *
 * <p>Patterns are written with placeholders ({@code {MONTH}}, {@code {DAY}}, {@code {YEAR}}, {@code
 * {COUNT}}) so that each rule reads like the text it matches. Month names must be capitalised in
 * articles ("May" the month, not "may" the verb); questions are read without case.
 */
final class DateRules {

  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "{MONTH}",
          "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)",
          "{DAY}",
          "(?<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])",
          "{YEAR}",
          "(?<year>1[0-9]{3}|20[0-9]{2})(?![0-9])",
          "{COUNT}",
          "(?<count>" + NumberWords.REGEX + ")");

  /** Month names as questions write them, abbreviations with or without their dot. */
  private static final String QUESTION_MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?)";

  /** Words after a number that show it counts things rather than naming a year. */
  private static final String NOT_A_YEAR_AFTER =
      "(?![-\\s]?(?:%|percent|per cent|yuan|rubles?|roubles?|dollars?|troops|soldiers|men|people|"
          + "kilomet|km|miles|tons|tonnes|-year|-month|-day))";

  /**
   * Words joining two dates that share the year written after the second ("March and July of 1991",
   * "December 16 and 26, 1945", "from June to September 1948").
   */
  private static final String JOINED = "(?:and|or|to|through|until|till|[–—-])";

  private static final String MONTH_NAMES =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

  private static final String MONTH_PREPOSITION =
      "(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Bb]etween|[Ff]rom)";

  /** A month name alone, not the start of "August 1949" or "August of 1949". */
  private static final String NO_YEAR_AFTER = "(?!,?\\s+(?:of\\s+)?[0-9])";

  /**
   * Words telling a day or a month ("the next day") not followed by the date written out, which is
   * the mention ("the next day, October 2, 1949").
   */
  private static final String DATE_WRITTEN_AFTER =
      "(?!(?-i:[,(\\s]*(?:on\\s+)?(?:[A-Z][a-z]+\\.?\\s+\\d|\\d)))";

  /**
   * What a year never follows: money, numbers, codes ("PO Box 567", "05601-0567", "RDS-1"); a
   * hyphen after a word is no such thing ("mid-1954", "post-1945").
   */
  private static final String NOT_A_YEAR_BEFORE =
      "(?<![$£€#/.,0-9])(?<![$£€#/.,0-9A-Z]-)(?<!Box )(?<!No\\. )";

  /**
   * What a text must hold for a rule to be worth trying, checked once per text before any regular
   * expression runs: most paragraphs name no season and say nothing "ago".
   */
  static final String MONTH = "{month}";

  static final String SEASON = "{season}";
  static final String HOLIDAY = "{holiday}";

  /**
   * Holidays on the same day every year ("on Christmas Eve, the invasion began"), by their names in
   * lower case.
   */
  private static final Map<String, MonthDay> HOLIDAYS =
      Map.of(
          "christmas eve", MonthDay.of(12, 24),
          "christmas day", MonthDay.of(12, 25),
          "new year's eve", MonthDay.of(12, 31),
          "new year's day", MonthDay.of(1, 1),
          "may day", MonthDay.of(5, 1),
          "bastille day", MonthDay.of(7, 14),
          "armistice day", MonthDay.of(11, 11),
          "the fourth of july", MonthDay.of(7, 4));

  /** The words a text holding a holiday's name holds, for {@link #HOLIDAY}. */
  static final List<String> HOLIDAY_WORDS =
      List.of("christmas", "new year", "may day", "bastille", "armistice day", "fourth of july");

  private static final String HOLIDAY_NAME =
      "(?<holiday>Christmas Eve|Christmas Day|New Year['’]s Eve|New Year['’]s Day|May Day"
          + "|Bastille Day|Armistice Day|[Tt]he Fourth of July)";
  static final String DIGIT = "{digit}";

  private DateRules() {}

  /** The rules for article text: month names must be capitalised. */
  static List<DateRule> forArticles() {
    return build(0);
  }

  /** What a number after "in" counts rather than dates ("in 60 days"). */
  private static final String UNITS =
      "%|percent|per cent|days?|weeks?|months?|years?|hours?|minutes?|seconds?|men|people"
          + "|troops|soldiers|countries|nations|states|miles|km|kilometers|ships|planes|aircraft"
          + "|missiles|dead|killed|votes|seats|members|million|thousand|hundred|billion";

  /**
   * The rules for questions typed in chat, in any case, with chat's short years ("oct 73", "'62")
   * read as years of the Cold War's century.
   */
  static List<DateRule> forQuestions() {
    List<DateRule> rules =
        new java.util.ArrayList<>(build(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    rules.add(
        rule(
            "month short year",
            MONTH,
            "\\b{MONTH},?\\s+'?(?<short>[4-9][0-9])\\b(?![0-9])",
            Pattern.CASE_INSENSITIVE,
            false,
            (m, c) ->
                Optional.of(DateValue.month(1900 + Integer.parseInt(m.group("short")), month(m)))));
    rules.add(shortYear("short year", "'", "(?<![\\w])['’](?<short>[4-9][0-9])\\b"));
    // "the 65 war", "the 73 crisis": a short year naming an event, never a count ("the 50 states").
    rules.add(
        shortYear(
            "short year naming an event",
            "the ",
            "(?<=\\bthe )(?<short>[4-9][0-9])(?=\\s+"
                + "(?:(?!(?:day|week|month|year|hour|minute|mile|man|men|nation|member|point)s?\\b)"
                + "[a-z-]+\\s+)?"
                + "(?:war|wars|crisis|crises|revolution|uprising|invasion|coup|election|elections"
                + "|summit|treaty|embargo|offensive|olympics|games|blockade|airlift|conference"
                + "|talks|accords?|riots?|massacre|strike)\\b)"));
    // "in the 80s", "the early '60s": a decade of the Cold War's century, never an age ("in his
    // 80s") or a count, so only after "the", "early", "mid", "late" or an apostrophe.
    rules.add(
        rule(
            "short decade",
            "0",
            "\\b(?<the>the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?<apostrophe>['’])?"
                + "(?<short>[4-9]0)['’]?s\\b",
            Pattern.CASE_INSENSITIVE,
            false,
            (m, c) ->
                m.group("the") == null && m.group("part") == null && m.group("apostrophe") == null
                    ? Optional.empty()
                    : decade(1900 + Integer.parseInt(m.group("short")), m.group("part"))));
    // "talks restarted in 58": a bare short year after "in", never a count ("in 60 days").
    rules.add(
        shortYear(
            "short year after in",
            "in ",
            "(?<=\\bin )(?<short>[4-9][0-9])\\b(?![0-9'’%]|[.,][0-9]|\\s+(?:" + UNITS + ")\\b)"));
    return List.copyOf(rules);
  }

  private static DateRule shortYear(String name, String needs, String template) {
    return rule(
        name,
        needs,
        template,
        Pattern.CASE_INSENSITIVE,
        false,
        (m, c) -> Optional.of(DateValue.year(1900 + Integer.parseInt(m.group("short")))));
  }

  private static List<DateRule> build(int monthFlags) {
    return List.of(
        rule(
            "month days, year",
            MONTH,
            "\\b{MONTH}\\s+{DAY}\\s*[–—-]\\s*(?<last>[12][0-9]|3[01]|0?[1-9])(?![0-9]),?\\s+{YEAR}",
            monthFlags,
            false,
            (m, c) -> days(year(m), month(m), day(m), Integer.parseInt(m.group("last")))),
        rule(
            "month day, year",
            MONTH,
            "\\b{MONTH}\\s+{DAY},?\\s+{YEAR}",
            monthFlags,
            false,
            (m, c) -> day(year(m), month(m), day(m))),
        rule(
            "day month year",
            MONTH,
            "\\b{DAY}\\s+(?:of\\s+)?{MONTH},?\\s+{YEAR}",
            monthFlags,
            false,
            (m, c) -> day(year(m), month(m), day(m))),
        rule(
            "month day and another, year",
            MONTH,
            "\\b{MONTH}\\s+{DAY}(?=\\s*"
                + JOINED
                + "\\s*(?:"
                + MONTH_NAMES
                + "\\s+)?[0-9]{1,2},?\\s+"
                + "(?<year>1[0-9]{3}|20[0-9]{2})(?![0-9]))",
            monthFlags,
            false,
            (m, c) -> day(year(m), month(m), day(m))),
        // "December 16 and 26, 1945": the second day, of the month written before the first.
        rule(
            "another day of that month, year",
            MONTH,
            "(?<=\\b{MONTH}\\s{1,3}[0-9]{1,2}\\s{0,3}"
                + JOINED
                + "\\s{0,3}){DAY},?\\s+{YEAR}",
            monthFlags,
            false,
            (m, c) -> day(year(m), month(m), day(m))),
        rule(
            "month and another, year",
            MONTH,
            "\\b(?:"
                + MONTH_PREPOSITION
                + "\\s+)?{MONTH}(?=\\s*"
                + JOINED
                + "\\s*"
                + MONTH_NAMES
                + ",?\\s+(?:of\\s+)?(?<year>1[0-9]{3}|20[0-9]{2})(?![0-9]))",
            monthFlags,
            false,
            (m, c) -> Optional.of(DateValue.month(year(m), month(m)))),
        rule(
            "ISO date",
            "-",
            "\\b{YEAR}-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12][0-9]|3[01])\\b",
            0,
            false,
            (m, c) ->
                day(year(m), Integer.parseInt(m.group("mm")), Integer.parseInt(m.group("dd")))),
        rule(
            "holiday year",
            HOLIDAY,
            "\\b" + HOLIDAY_NAME + ",?\\s+(?:of\\s+)?{YEAR}",
            monthFlags,
            false,
            (m, c) -> holidayIn(year(m), m)),
        rule(
            "month year",
            MONTH,
            "\\b{MONTH},?\\s+(?:of\\s+)?{YEAR}",
            monthFlags,
            false,
            (m, c) -> Optional.of(DateValue.month(year(m), month(m)))),
        rule(
            "decade",
            "0",
            "\\b(?:(?<part>early|mid|late)[\\s-]+)?(?<decade>1[0-9]{2}0|20[0-9]0)'?s\\b",
            Pattern.CASE_INSENSITIVE,
            false,
            (m, c) -> decade(m)),
        rule(
            "season year",
            SEASON,
            "\\b(?<season>spring|summer|autumn|fall)\\s+(?:of\\s+)?{YEAR}",
            Pattern.CASE_INSENSITIVE,
            false,
            (m, c) -> season(m)),
        rule(
            "years ago today",
            "ago",
            "\\b{COUNT}\\s+years?\\s+ago\\s+today\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> c.published().map(p -> DateValue.day(p.minusYears(count(m))))),
        rule(
            "years ago",
            "ago",
            "\\b{COUNT}\\s+years?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> c.published().map(p -> DateValue.year(p.getYear() - count(m)))),
        rule(
            "years later",
            "year",
            "\\b{COUNT}\\s+years?\\s+(?:later|afterwards?)\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftYears(c, count(m))),
        rule(
            "years earlier",
            "year",
            "\\b{COUNT}\\s+years?\\s+(?:earlier|before)\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftYears(c, -count(m))),
        rule(
            "months later",
            "month",
            "\\b{COUNT}\\s+months?\\s+later\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftMonths(c, count(m))),
        rule(
            "following year",
            "year",
            "\\b(?:(?:the\\s+(?:following|next)\\s+year|a\\s+year\\s+later)\\b"
                + "|the\\s+year\\s+(?:after|later)(?=\\s*(?:[,.;:)]|$)))",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftYears(c, 1)),
        rule(
            "previous year",
            "year",
            // "seized power in a coup the year before." (not "the year before the war").
            "\\b(?:(?:the\\s+(?:previous|preceding)\\s+year|a\\s+year\\s+(?:earlier|before))\\b"
                + "|the\\s+year\\s+(?:before|earlier)(?=\\s*(?:[,.;:)]|$)))",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftYears(c, -1)),
        rule(
            "month of that year",
            MONTH,
            "\\b{MONTH}\\s+of\\s+(?:the\\s+same|that(?:\\s+same)?)\\s+year\\b",
            monthFlags,
            true,
            (m, c) -> toldYear(c).map(y -> DateValue.month(y, month(m)))),
        rule(
            "that year",
            "year",
            "\\b(?:later\\s+)?(?:that|the\\s+same|that\\s+same)\\s+year\\b",
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> toldYear(c).map(DateValue::year)),
        rule(
            "that day",
            "day",
            "\\b(?:(?:later|earlier)\\s+(?:that|in\\s+the)\\s+day|(?:that|the)\\s+same\\s+day"
                + "|that\\s+day)\\b"
                + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftDays(c, 0)),
        rule(
            "that part of the day",
            "that",
            "\\b(?:later\\s+|earlier\\s+)?that\\s+(?:morning|afternoon|evening|night)\\b"
                + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftDays(c, 0)),
        rule(
            "next day",
            "day",
            "\\bthe\\s+(?:next|following)\\s+day\\b" + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftDays(c, 1)),
        rule(
            "day before",
            "day",
            "(?:\\bthe\\s+(?:previous|preceding)\\s+day\\b|\\bthe\\s+day\\s+(?:before|earlier)"
                + "(?=\\s*(?:[,.;:)]|$)))"
                + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftDays(c, -1)),
        rule(
            "days later or earlier",
            "day",
            "\\b{COUNT}\\s+days?\\s+(?<which>later|earlier)\\b" + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) ->
                shiftDays(c, m.group("which").equalsIgnoreCase("later") ? count(m) : -count(m))),
        rule(
            "that month, unnamed",
            "month",
            "\\b(?:(?:later|earlier)\\s+that|that|the\\s+same)\\s+month\\b" + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftMonths(c, 0)),
        rule(
            "next month",
            "month",
            "\\bthe\\s+(?:next|following)\\s+month\\b" + DATE_WRITTEN_AFTER,
            Pattern.CASE_INSENSITIVE,
            true,
            (m, c) -> shiftMonths(c, 1)),
        rule(
            "that month",
            MONTH,
            "\\b(?<which>that|the\\s+following|the\\s+next)\\s+{MONTH}" + NO_YEAR_AFTER,
            monthFlags,
            true,
            (m, c) -> thatMonth(m, c)),
        rule(
            "month day",
            MONTH,
            "\\b{MONTH}\\s+{DAY}\\b(?!,?\\s+[0-9])",
            monthFlags,
            true,
            (m, c) -> anchorYear(c).flatMap(y -> day(y, month(m), day(m)))),
        rule(
            "holiday",
            HOLIDAY,
            "\\b" + HOLIDAY_NAME + "\\b(?!,?\\s+(?:of\\s+)?[0-9])",
            monthFlags,
            true,
            (m, c) -> anchorYear(c).flatMap(y -> holidayIn(y, m))),
        rule(
            "day month",
            MONTH,
            "\\b{DAY}\\s+(?:of\\s+)?{MONTH}\\b(?!,?\\s+[0-9])",
            monthFlags,
            true,
            (m, c) -> anchorYear(c).flatMap(y -> day(y, month(m), day(m)))),
        rule(
            "in month",
            MONTH,
            "\\b" + MONTH_PREPOSITION + "\\s+{MONTH}\\b" + NO_YEAR_AFTER,
            monthFlags,
            true,
            (m, c) -> anchorYear(c).map(y -> DateValue.month(y, month(m)))),
        rule(
            "year",
            DIGIT,
            NOT_A_YEAR_BEFORE + "\\b{YEAR}\\b" + NOT_A_YEAR_AFTER,
            0,
            false,
            (m, c) -> Optional.of(DateValue.year(year(m)))));
  }

  private static DateRule rule(
      String name,
      String needs,
      String template,
      int flags,
      boolean relative,
      DateRule.Resolver resolver) {
    String regex = template;
    if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
      // Chat writes "dec 1949" without the dot an article would use.
      regex = regex.replace("{MONTH}", QUESTION_MONTH);
    }
    for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
      regex = regex.replace(placeholder.getKey(), placeholder.getValue());
    }
    return new DateRule(name, needs, Pattern.compile(regex, flags), resolver, relative);
  }

  private static int year(MatchResult m) {
    return Integer.parseInt(m.group("year"));
  }

  private static int day(MatchResult m) {
    return Integer.parseInt(m.group("day"));
  }

  private static int count(MatchResult m) {
    OptionalInt count = NumberWords.parse(m.group("count"));
    return count.orElse(0);
  }

  /** The day of the year a holiday named in a match falls on. */
  static MonthDay holiday(MatchResult m) {
    return HOLIDAYS.get(m.group("holiday").toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  private static Optional<DateValue> holidayIn(int year, MatchResult m) {
    MonthDay day = holiday(m);
    return day(year, day.getMonthValue(), day.getDayOfMonth());
  }

  static int month(MatchResult m) {
    return monthNumber(m.group("month"));
  }

  static int monthNumber(String name) {
    String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  /** Days {@code first..last} of one month: known to the day, and starting on the first. */
  private static Optional<DateValue> days(int year, int month, int first, int last) {
    try {
      LocalDate from = LocalDate.of(year, month, first);
      LocalDate to = LocalDate.of(year, month, last);
      return to.isBefore(from)
          ? Optional.empty()
          : Optional.of(new DateValue(from, to, Granularity.DAY));
    } catch (DateTimeException notACalendarDay) {
      return Optional.empty();
    }
  }

  private static Optional<DateValue> day(int year, int month, int day) {
    try {
      return Optional.of(DateValue.day(year, month, day));
    } catch (DateTimeException notACalendarDay) {
      return Optional.empty();
    }
  }

  private static Optional<DateValue> decade(MatchResult m) {
    return decade(Integer.parseInt(m.group("decade")), m.group("part"));
  }

  /** A decade, or the early, mid or late part of it. */
  private static Optional<DateValue> decade(int decade, String part) {
    if (part == null) {
      return Optional.of(DateValue.decade(decade, decade + 9));
    }
    return Optional.of(
        switch (part.toLowerCase(Locale.ROOT)) {
          case "early" -> DateValue.decade(decade, decade + 3);
          case "mid" -> DateValue.decade(decade + 4, decade + 6);
          default -> DateValue.decade(decade + 7, decade + 9);
        });
  }

  private static Optional<DateValue> season(MatchResult m) {
    int year = year(m);
    return Optional.of(
        switch (m.group("season").toLowerCase(Locale.ROOT)) {
          case "spring" -> DateValue.season(year, 3, 5);
          case "summer" -> DateValue.season(year, 6, 8);
          default -> DateValue.season(year, 9, 11);
        });
  }

  /**
   * The year a date written without one belongs to: that of the last date mentioned, unless that
   * lies outside the period the article is about (a look back at "the 1967 war" in an essay on
   * 1974), in which case the period's first year; a day, month or season told before the period in
   * the same passage, or the year just before it, is no look back but the story told, and anchors.
   */
  private static Optional<Integer> anchorYear(DateContext context) {
    Optional<Integer> last = lastYear(context);
    Optional<DateValue> period = context.period();
    if (period.isEmpty()) {
      return last;
    }
    // A background date before the period does not anchor what the article tells of its period;
    // a date after it does, in its own passage: the article has moved on ("it ended in 1976,
    // after Mao's death in September").
    if (last.isPresent()
        && last.get() >= period.get().from().getYear()
        && (last.get() <= period.get().to().getYear() || context.mentionedInPassage())) {
      return last;
    }
    // "On April 12, 1990, ... on July 27" in an essay on 1991; "1990 ... In July" too: the year
    // just before the period is the story leading to it, not a look back.
    if (last.isPresent()
        && context.mentionedInPassage()
        && (toldFinerThanAYear(context) || last.get() == period.get().from().getYear() - 1)) {
      return last;
    }
    return Optional.of(period.get().from().getYear());
  }

  private static boolean toldFinerThanAYear(DateContext context) {
    return context
        .lastMentioned()
        .filter(d -> d.granularity().precisionRank() <= Granularity.SEASON.precisionRank())
        .isPresent();
  }

  /**
   * The year words such as "that year" or "two years later" count from: the last date's, even one
   * before the article's period ("in 1824 ... in that same year" in an essay on 1847); one after
   * it only in its own passage, as for a date without a year.
   */
  private static Optional<Integer> toldYear(DateContext context) {
    Optional<Integer> periodEnd = context.period().map(p -> p.to().getYear());
    return lastYear(context)
        .filter(y -> context.mentionedInPassage() || periodEnd.isEmpty() || y <= periodEnd.get())
        .or(() -> anchorYear(context));
  }

  /** The year of the last date mentioned, unless that named only a decade. */
  private static Optional<Integer> lastYear(DateContext context) {
    return context
        .lastMentioned()
        .filter(d -> d.granularity() != Granularity.DECADE)
        .map(DateValue::year);
  }

  private static Optional<DateValue> shiftYears(DateContext context, int years) {
    return toldYear(context).map(y -> DateValue.year(y + years));
  }

  /** The day {@code days} after the last date mentioned, when that was told to the day. */
  private static Optional<DateValue> shiftDays(DateContext context, int days) {
    return context
        .lastMentioned()
        .filter(d -> d.granularity() == Granularity.DAY && d.from().equals(d.to()))
        .map(d -> DateValue.day(d.from().plusDays(days)));
  }

  private static Optional<DateValue> shiftMonths(DateContext context, int months) {
    return context
        .lastMentioned()
        .filter(d -> d.granularity() == Granularity.DAY || d.granularity() == Granularity.MONTH)
        .map(
            d -> {
              LocalDate shifted = d.from().plusMonths(months);
              return DateValue.month(shifted.getYear(), shifted.getMonthValue());
            });
  }

  private static Optional<DateValue> thatMonth(MatchResult m, DateContext context) {
    int month = month(m);
    boolean following = !m.group("which").toLowerCase(Locale.ROOT).startsWith("that");
    return context
        .lastMentioned()
        .filter(d -> d.granularity() != Granularity.DECADE)
        .map(
            d -> {
              boolean nextYear =
                  following
                      && d.granularity() != Granularity.YEAR
                      && month <= d.from().getMonthValue();
              return DateValue.month(d.year() + (nextYear ? 1 : 0), month);
            });
  }
}
