package dev.hotline.store;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.Platform;
import dev.hotline.daily.Delivery;
import dev.hotline.daily.DeliveryState;
import dev.hotline.daily.Subscription;
import dev.hotline.daily.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The subscription store as one of several processes sharing a database sees it, for its daily
 * scheduler: {@link #active()} holds only the posts this process should make now, daily posts and
 * daily quizzes alike (see {@link PostingRights}), every claim names this process, and on start
 * only claims of processes that died are settled, never those a live process is sending. The claim
 * itself, one row per subscription and local day inserted only if absent, is what makes each post
 * go out once whichever processes race for it.
 */
public final class SharedSubscriptionStore implements SubscriptionStore {
  private final SqlSubscriptionStore store;
  private final SqlProcesses processes;
  private final PostingRights rights;
  private final OrphanedClaims orphans;
  private final Clock clock;

  /**
   * @param grace how late a Discord post may be before a process not running its shard takes it,
   *     when no live process runs it
   * @param resendable platforms that drop a repeated post by its idempotency key
   */
  public SharedSubscriptionStore(
      Database database,
      ProcessInfo self,
      ShardOf shardOf,
      Duration grace,
      Set<Platform> resendable,
      Clock clock) {
    this.store = new SqlSubscriptionStore(database, self.id());
    this.processes = new SqlProcesses(database);
    this.rights = new PostingRights(self, shardOf, grace);
    this.orphans = new OrphanedClaims(database, resendable);
    this.clock = clock;
  }

  /** Only the subscriptions this process should post now. */
  @Override
  public List<Subscription> active() {
    Instant now = clock.instant();
    List<ProcessInfo> live = processes.live(now);
    return store.active().stream().filter(s -> rights.mayPost(s, live, now)).toList();
  }

  /**
   * Settles the claims of processes that died (see {@link OrphanedClaims}); a live process's claims
   * are left alone. Called on start and by the heartbeat.
   */
  @Override
  public int abandonClaims(Instant now) {
    return orphans.settle(now);
  }

  @Override
  public OptionalInt claim(
      Subscription subscription, LocalDate day, String idempotencyKey, Instant now) {
    return store.claim(subscription, day, idempotencyKey, now);
  }

  @Override
  public Optional<Subscription> find(DailyFeature feature, ChatPlace place) {
    return store.find(feature, place);
  }

  @Override
  public Subscription subscribe(
      DailyFeature feature, ChatPlace place, LocalTime time, ZoneId zone, Instant now) {
    return store.subscribe(feature, place, time, zone, now);
  }

  @Override
  public Optional<Subscription> unsubscribe(DailyFeature feature, ChatPlace place, Instant now) {
    return store.unsubscribe(feature, place, now);
  }

  @Override
  public int disable(ChatPlace place, String reason, Instant now) {
    return store.disable(place, reason, now);
  }

  @Override
  public int move(ChatPlace from, ChatPlace to, Instant now) {
    return store.move(from, to, now);
  }

  @Override
  public List<Delivery> deliveriesSince(LocalDate from) {
    return store.deliveriesSince(from);
  }

  @Override
  public Optional<Delivery> delivery(long subscriptionId, LocalDate day) {
    return store.delivery(subscriptionId, day);
  }

  @Override
  public void sent(long subscriptionId, LocalDate day, List<String> passageIds, Instant now) {
    store.sent(subscriptionId, day, passageIds, now);
  }

  @Override
  public void retryLater(
      long subscriptionId, LocalDate day, Instant notBefore, String why, Instant now) {
    store.retryLater(subscriptionId, day, notBefore, why, now);
  }

  @Override
  public void gone(long subscriptionId, LocalDate day, String reason, Instant now) {
    store.gone(subscriptionId, day, reason, now);
  }

  @Override
  public void finish(
      long subscriptionId, LocalDate day, DeliveryState state, String detail, Instant now) {
    store.finish(subscriptionId, day, state, detail, now);
  }

  @Override
  public Map<String, LocalDate> postedPassages(long subscriptionId) {
    return store.postedPassages(subscriptionId);
  }

  @Override
  public void forget(LocalDate deliveriesBefore, LocalDate passagesBefore) {
    store.forget(deliveriesBefore, passagesBefore);
  }
}
