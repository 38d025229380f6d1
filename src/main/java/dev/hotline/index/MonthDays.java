package dev.hotline.index;

import java.time.LocalDate;
import java.time.MonthDay;

/** The "MM-dd" key under which day-precise events are found for "on this day". */
final class MonthDays {
  private MonthDays() {}

  static String key(LocalDate date) {
    return key(MonthDay.from(date));
  }

  static String key(MonthDay day) {
    return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }
}
