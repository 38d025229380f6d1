package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.chat.SubscriptionStatus;
import dev.hotline.chat.Subscriptions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat layer's view of daily posts: moderators turn them on and off and ask their status, and
 * places that disappear or move take their subscriptions with them.
 */
public final class DailySubscriptions implements Subscriptions, PlaceLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DailySubscriptions.class);

  private final SubscriptionStore store;
  private final Clock clock;

  public DailySubscriptions(SubscriptionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public SubscriptionStatus subscribe(ChatPlace place, LocalTime time, ZoneId zone) {
    return subscribe(DailyFeature.DAY_POST, place, time, zone);
  }

  @Override
  public Optional<SubscriptionStatus> unsubscribe(ChatPlace place) {
    return unsubscribe(DailyFeature.DAY_POST, place);
  }

  @Override
  public Optional<SubscriptionStatus> status(ChatPlace place) {
    return status(DailyFeature.DAY_POST, place);
  }

  @Override
  public SubscriptionStatus subscribe(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone) {
    Subscription subscription = store.subscribe(feature, place, time, zone, clock.instant());
    LOG.info("Daily {} on at {}: {} {}", feature, Subscription.placeKey(place), time, zone);
    return status(subscription);
  }

  @Override
  public Optional<SubscriptionStatus> unsubscribe(DailyFeature feature, ChatPlace place) {
    Optional<Subscription> stopped = store.unsubscribe(feature, place, clock.instant());
    stopped.ifPresent(s -> LOG.info("Daily {} off at {}", feature, Subscription.placeKey(place)));
    return stopped.map(this::status);
  }

  @Override
  public Optional<SubscriptionStatus> status(DailyFeature feature, ChatPlace place) {
    return store.find(feature, place).map(this::status);
  }

  @Override
  public void gone(ChatPlace place, String reason) {
    int disabled = store.disable(place, reason, clock.instant());
    if (disabled > 0) {
      LOG.info(
          "Daily posts stopped at {} ({} subscription(s)): {}",
          Subscription.placeKey(place),
          disabled,
          reason);
    }
  }

  @Override
  public void moved(ChatPlace from, ChatPlace to) {
    int moved = store.move(from, to, clock.instant());
    if (moved > 0) {
      LOG.info(
          "Daily posts moved from {} to {} ({} subscription(s))",
          Subscription.placeKey(from),
          Subscription.placeKey(to),
          moved);
    }
  }

  private SubscriptionStatus status(Subscription subscription) {
    Instant now = clock.instant();
    ZoneId zone = subscription.zone();
    Optional<ZonedDateTime> next = Optional.empty();
    if (subscription.active()) {
      var todays = store.delivery(subscription.id(), PostSchedule.today(now, zone));
      Instant at =
          switch (PostSchedule.next(subscription, todays, now)) {
            case PostSchedule.PostNow due -> now;
            case PostSchedule.Wait wait -> wait.until();
          };
      next = Optional.of(at.atZone(zone));
    }
    return new SubscriptionStatus(
        subscription.time(),
        zone,
        subscription.active(),
        subscription.disabledReason(),
        next,
        subscription.lastPostedAt().map(at -> at.atZone(zone)));
  }
}
