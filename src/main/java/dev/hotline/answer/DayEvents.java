package dev.hotline.answer;

import java.time.MonthDay;
import java.util.List;

/**
 * The events for a calendar day: from that exact day when there are any, otherwise from the nearest
 * day within {@link AnswerService#NEAREST_DAYS} days, and which day that was.
 */
public record DayEvents(MonthDay requested, MonthDay found, List<Answer> events) {
  public DayEvents {
    events = List.copyOf(events);
  }

  /**
   * Whether the events are from the requested day itself ("on this day") or near it ("this week").
   */
  public boolean exact() {
    return requested.equals(found);
  }
}
