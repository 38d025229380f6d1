package dev.hotline.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * When a subscription posts: its local time on a local day as an instant (through daylight-saving
 * changes), and what it needs at a given instant: a post for today, or nothing until some time.
 */
public final class PostSchedule {
  private PostSchedule() {}

  /** What a subscription needs now. */
  public sealed interface Next {}

  /** Post for local {@code day} now; it was due at {@code due}. */
  public record PostNow(LocalDate day, Instant due) implements Next {}

  /** Nothing to do before {@code until}. */
  public record Wait(Instant until) implements Next {}

  /**
   * The instant {@code time} falls on {@code day} in {@code zone}. A time that does not exist that
   * day (skipped by a spring-forward change) posts at the first instant after the gap; a time that
   * happens twice (a fall-back change) is its first occurrence.
   */
  public static Instant postInstant(LocalDate day, LocalTime time, ZoneId zone) {
    LocalDateTime local = LocalDateTime.of(day, time);
    ZoneRules rules = zone.getRules();
    if (rules.getValidOffsets(local).isEmpty()) {
      return rules.getTransition(local).getInstant();
    }
    return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
  }

  /** The local date in {@code zone} at {@code now}. */
  public static LocalDate today(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone);
  }

  /**
   * What {@code subscription} needs at {@code now}, given the delivery log's entry for today's
   * local date. Only today is ever posted: a day missed entirely is not made up later, and a post
   * missed while Hotline was down is made once when it comes back, the same local day.
   */
  public static Next next(Subscription subscription, Optional<Delivery> todays, Instant now) {
    ZoneId zone = subscription.zone();
    LocalDate today = today(now, zone);
    Instant due = postInstant(today, subscription.time(), zone);
    Wait tomorrow = new Wait(postInstant(today.plusDays(1), subscription.time(), zone));
    if (due.isBefore(subscription.effectiveFrom())) {
      return tomorrow;
    }
    if (todays.isEmpty()) {
      return due.isAfter(now) ? new Wait(due) : new PostNow(today, due);
    }
    Delivery delivery = todays.get();
    if (delivery.state() == DeliveryState.RETRY) {
      Instant retry = delivery.retryAt().orElse(now);
      return retry.isAfter(now) ? new Wait(retry) : new PostNow(today, due);
    }
    return tomorrow;
  }
}
