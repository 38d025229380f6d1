package dev.hotline.daily;

import dev.hotline.chat.DayCard;
import java.time.MonthDay;

/** Where daily posts find a day's events: more candidates than a post shows, best first. */
@FunctionalInterface
public interface DayCards {
  DayCard candidates(MonthDay day);
}
