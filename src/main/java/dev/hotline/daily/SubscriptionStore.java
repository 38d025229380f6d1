package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where subscriptions and their delivery log are kept; every method is one transaction. The
 * database-backed store makes them survive restarts and is what enforces "once per local day".
 */
public interface SubscriptionStore {
  Optional<Subscription> find(DailyFeature feature, ChatPlace place);

  /** Turns {@code feature} on at {@code place} (or changes its time), starting from {@code now}. */
  Subscription subscribe(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone, Instant now);

  /** Turns {@code feature} off at {@code place}, if it was ever on there. */
  Optional<Subscription> unsubscribe(DailyFeature feature, ChatPlace place, Instant now);

  /** The place's daily posts. */
  default Optional<Subscription> find(ChatPlace place) {
    return find(DailyFeature.DAY_POST, place);
  }

  /** Turns daily posts on at {@code place} (or changes their time), starting from {@code now}. */
  default Subscription subscribe(ChatPlace place, LocalTime time, ZoneId zone, Instant now) {
    return subscribe(DailyFeature.DAY_POST, place, time, zone, now);
  }

  /** Turns daily posts off at {@code place}, if they were ever on there. */
  default Optional<Subscription> unsubscribe(ChatPlace place, Instant now) {
    return unsubscribe(DailyFeature.DAY_POST, place, now);
  }

  /**
   * Disables the subscriptions at {@code place} (posts and quiz) with {@code reason} (shown to
   * moderators); a place without a channel stands for its whole server. Returns how many were
   * disabled.
   */
  int disable(ChatPlace place, String reason, Instant now);

  /**
   * Moves the subscriptions at {@code from} to {@code to}, keeping their ids and history; a place
   * without a channel moves its whole server. Returns how many moved.
   */
  int move(ChatPlace from, ChatPlace to, Instant now);

  /** Every subscription that is on. */
  List<Subscription> active();

  /** The delivery log from {@code from} (a local date) on. */
  List<Delivery> deliveriesSince(LocalDate from);

  Optional<Delivery> delivery(long subscriptionId, LocalDate day);

  /**
   * Claims {@code subscription}'s post for local {@code day} before it is sent: succeeds when the
   * day has no claim yet, or has a retry whose time has come, and the subscription is still on at
   * the same revision. Returns the attempt number, or empty when not claimed.
   */
  OptionalInt claim(Subscription subscription, LocalDate day, String idempotencyKey, Instant now);

  /** The claimed post went out with these passages. */
  void sent(long subscriptionId, LocalDate day, List<String> passageIds, Instant now);

  /**
   * The platform did not post; the claim may be taken again from {@code notBefore}, that day only.
   */
  void retryLater(long subscriptionId, LocalDate day, Instant notBefore, String why, Instant now);

  /**
   * The place is gone: the post is recorded as such and the subscription disabled with {@code
   * reason}.
   */
  void gone(long subscriptionId, LocalDate day, String reason, Instant now);

  /**
   * Ends a claimed post as {@link DeliveryState#FAILED} or {@link DeliveryState#SKIPPED}, never to
   * be tried again.
   */
  void finish(long subscriptionId, LocalDate day, DeliveryState state, String detail, Instant now);

  /**
   * Marks every claim that never got an outcome as {@link DeliveryState#UNCONFIRMED}: called on
   * start, before any new claim, when such claims can only be left by a process that stopped
   * mid-send. Returns how many.
   */
  int abandonClaims(Instant now);

  /** The passages posted to a subscription and the local day each was last posted. */
  Map<String, LocalDate> postedPassages(long subscriptionId);

  /**
   * Drops delivery log entries before {@code deliveriesBefore} and passage records before {@code
   * passagesBefore}.
   */
  void forget(LocalDate deliveriesBefore, LocalDate passagesBefore);
}
