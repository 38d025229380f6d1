package dev.hotline.daily;

import dev.hotline.chat.DayCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks a daily post's events from a day's candidates so that a channel does not get the same
 * passage year after year: passages it was never sent come first, then those sent longest ago, each
 * group in the candidates' own order (best first); the picks keep that order in the post.
 */
final class EventRotation {
  private final int eventsPerPost;

  EventRotation(int eventsPerPost) {
    this.eventsPerPost = eventsPerPost;
  }

  DayCard pick(DayCard candidates, Map<String, LocalDate> postedOn) {
    List<DayCard.DayEvent> events = candidates.events();
    if (events.size() <= eventsPerPost) {
      return candidates;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      order.add(i);
    }
    // A stable sort: never-sent first (LocalDate.MIN), then oldest sent; ties keep the ranking.
    order.sort(
        Comparator.comparing(i -> postedOn.getOrDefault(events.get(i).passageId(), LocalDate.MIN)));
    List<Integer> chosen = new ArrayList<>(order.subList(0, eventsPerPost));
    chosen.sort(Comparator.naturalOrder());
    List<DayCard.DayEvent> picked = chosen.stream().map(events::get).toList();
    return new DayCard(candidates.requested(), candidates.found(), candidates.exact(), picked);
  }
}
