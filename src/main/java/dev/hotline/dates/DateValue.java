package dev.hotline.dates;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A normalised date: the span of days it covers and how precisely it is known.
 *
 * <p>{@link #iso()} gives ISO 8601 at the date's own precision ({@code 1950-02-14}, {@code
 * 2001-07}, {@code 1969}); spans that are not a calendar unit (a season, part of a decade) are ISO
 * intervals ({@code 1969-06/1969-08}, {@code 1960/1963}).
 */
public record DateValue(LocalDate from, LocalDate to, Granularity granularity) {

  public DateValue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(granularity, "granularity");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date span ends before it starts: " + from + "/" + to);
    }
  }

  public static DateValue day(int year, int month, int day) {
    LocalDate date = LocalDate.of(year, month, day);
    return new DateValue(date, date, Granularity.DAY);
  }

  public static DateValue day(LocalDate date) {
    return new DateValue(date, date, Granularity.DAY);
  }

  public static DateValue month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateValue(first, first.withDayOfMonth(first.lengthOfMonth()), Granularity.MONTH);
  }

  public static DateValue year(int year) {
    return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
  }

  /** Months {@code firstMonth..lastMonth} of one year, e.g. a season. */
  public static DateValue season(int year, int firstMonth, int lastMonth) {
    LocalDate first = LocalDate.of(year, firstMonth, 1);
    LocalDate last = LocalDate.of(year, lastMonth, 1);
    return new DateValue(first, last.withDayOfMonth(last.lengthOfMonth()), Granularity.SEASON);
  }

  /** Years {@code firstYear..lastYear} of a decade, e.g. "the early 1960s". */
  public static DateValue decade(int firstYear, int lastYear) {
    return new DateValue(
        LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), Granularity.DECADE);
  }

  /** A calendar day in English words: "July 23". */
  public static String inWords(java.time.MonthDay day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + day.getDayOfMonth();
  }

  /** Whole years {@code firstYear..lastYear}, e.g. the period an essay covers. */
  public static DateValue years(int firstYear, int lastYear) {
    return firstYear == lastYear ? year(firstYear) : decade(firstYear, lastYear);
  }

  public int year() {
    return from.getYear();
  }

  /** ISO 8601 text at this date's precision. */
  public String iso() {
    return switch (granularity) {
      case DAY -> from.toString();
      case MONTH -> from.toString().substring(0, 7);
      case YEAR -> Integer.toString(from.getYear());
      case SEASON -> from.toString().substring(0, 7) + "/" + to.toString().substring(0, 7);
      case DECADE -> from.getYear() + "/" + to.getYear();
    };
  }

  /** The date in English words: "February 14, 1950", "July 2001", "the early 1960s". */
  public String inWords() {
    String monthName = from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (granularity) {
      case DAY -> monthName + " " + from.getDayOfMonth() + ", " + from.getYear();
      case MONTH -> monthName + " " + from.getYear();
      case YEAR -> Integer.toString(from.getYear());
      case SEASON -> seasonName() + " " + from.getYear();
      case DECADE -> decadeWords();
    };
  }

  /** This date and every one after it: "from 1965 on". */
  public DateValue onward() {
    return new DateValue(from, LocalDate.of(9999, 12, 31), granularity);
  }

  /** This date and every one before it: "up to 1933". */
  public DateValue upTo() {
    return new DateValue(LocalDate.of(1, 1, 1), to, granularity);
  }

  /** Whether this span lies wholly inside {@code other}. */
  public boolean within(DateValue other) {
    return !from.isBefore(other.from) && !to.isAfter(other.to);
  }

  private String seasonName() {
    return switch (from.getMonthValue()) {
      case 3 -> "spring";
      case 6 -> "summer";
      case 9 -> "autumn";
      default -> "winter";
    };
  }

  private String decadeWords() {
    int decade = from.getYear() / 10 * 10;
    int span = to.getYear() - from.getYear();
    if (span >= 9) {
      return "the " + decade + "s";
    }
    int offset = from.getYear() - decade;
    String part = offset == 0 ? "early" : offset >= 6 ? "late" : "mid";
    return "the " + part + " " + decade + "s";
  }
}
