package dev.hotline.daily;

import dev.hotline.chat.DayCard;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** Eight made-up events for every day, best first, with passage ids like {@code 11-27#3}. */
final class FakeDayCards implements DayCards {
  static final int PER_DAY = 8;
  private int calls;

  @Override
  public synchronized DayCard candidates(MonthDay day) {
    calls++;
    List<DayCard.DayEvent> events = new ArrayList<>();
    for (int i = 1; i <= PER_DAY; i++) {
      String id = String.format("%02d-%02d#%d", day.getMonthValue(), day.getDayOfMonth(), i);
      events.add(
          new DayCard.DayEvent(
              "19" + (50 + i) + "-" + id.substring(0, 5),
              "an event",
              "Event " + id + ".",
              "Article " + i,
              "Test",
              null,
              id));
    }
    return new DayCard(day, day, true, events);
  }

  synchronized int calls() {
    return calls;
  }
}
