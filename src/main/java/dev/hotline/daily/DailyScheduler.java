package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatQuizzes;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily posts and daily quizzes. Each {@link #tick()} looks at the clock, finds the
 * subscriptions whose post for today's local date is due and unclaimed, and sends as many as each
 * platform's pacing allows: composing it, claiming the day in the store, then posting, then
 * recording the outcome. Posts and quizzes share that one claim, so both are made at most once a
 * local day. Tests call {@code tick()} with a clock they move; in production a {@link DailyRunner}
 * calls it.
 */
public final class DailyScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);

  /** Events a daily post shows: as many as an "on this day" reply. */
  public static final int EVENTS_PER_POST = ChatService.DAY_EVENTS;

  /** How long a list of due posts is worked through before the store is read again. */
  static final Duration REFRESH = Duration.ofSeconds(30);

  /** Attempts at one day's post that the platform asked to retry before giving up on that day. */
  static final int MAX_ATTEMPTS = 5;

  /** The shortest wait a retry gets, whatever the platform said. */
  static final Duration MIN_RETRY = Duration.ofSeconds(1);

  /** The delivery log is kept this long for status and investigation. */
  static final int DELIVERY_LOG_DAYS = 30;

  /** Passages sent more than this long ago no longer count against repeating them. */
  static final int PASSAGE_MEMORY_DAYS = 800;

  private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final SubscriptionStore store;
  private final DayCards cards;
  private final DailyQuizzes quizzes;
  private final SendPacing pacing;
  private final Clock clock;
  private final EventRotation rotation = new EventRotation(EVENTS_PER_POST);
  private final Map<Platform, DayPoster> posters = new ConcurrentHashMap<>();
  private final Map<Platform, QuizPoster> quizPosters = new ConcurrentHashMap<>();

  private final Map<Platform, Deque<Due>> queues = new EnumMap<>(Platform.class);
  private final Map<MonthDay, DayCard> candidates = new HashMap<>();
  private final Set<String> warnedWithoutPoster = new HashSet<>();
  private Instant loadedAt = Instant.MIN;
  private Instant nextScheduled = Instant.MAX;
  private LocalDate forgotten = LocalDate.MIN;

  public DailyScheduler(SubscriptionStore store, DayCards cards, SendPacing pacing, Clock clock) {
    this(store, cards, DailyQuizzes.NONE, pacing, clock);
  }

  public DailyScheduler(
      SubscriptionStore store,
      DayCards cards,
      DailyQuizzes quizzes,
      SendPacing pacing,
      Clock clock) {
    this.store = store;
    this.cards = cards;
    this.quizzes = quizzes;
    this.pacing = pacing;
    this.clock = clock;
  }

  /** A subscription's post that is due, for a local day. */
  private record Due(Subscription subscription, LocalDate day, Instant due) {}

  /** What a tick did, and when the next one is worth making. */
  public record TickReport(
      int sent, int retrying, int gone, int failed, int waiting, Instant nextTick) {}

  /** Posts for {@code platform} go through {@code poster} from now on. */
  public void register(Platform platform, DayPoster poster) {
    posters.put(platform, poster);
  }

  /** Daily quizzes for {@code platform} go through {@code poster} from now on. */
  public void registerQuizzes(Platform platform, QuizPoster poster) {
    quizPosters.put(platform, poster);
  }

  /**
   * On start, before the first tick: claims left without an outcome by the previous process are
   * marked unconfirmed and never sent again (at most once). Returns how many there were. Only one
   * Hotline may post from a database at a time.
   */
  public synchronized int recoverAfterRestart() {
    int abandoned = store.abandonClaims(clock.instant());
    if (abandoned > 0) {
      LOG.warn(
          "{} daily post(s) were claimed but not confirmed before Hotline last stopped; they are"
              + " not sent again",
          abandoned);
    }
    return abandoned;
  }

  /** Sends what is due now, as far as pacing allows. */
  public synchronized TickReport tick() {
    Instant now = clock.instant();
    if (nothingQueued() || !now.isBefore(loadedAt.plus(REFRESH))) {
      load(now);
    }
    int[] counts = new int[DeliveryResult.values().length];
    int waiting = 0;
    Instant pacedUntil = Instant.MAX;
    for (Map.Entry<Platform, Deque<Due>> entry : queues.entrySet()) {
      Platform platform = entry.getKey();
      Deque<Due> queue = entry.getValue();
      // Posts whose platform has no poster for them wait, without holding up the others; they are
      // read again with the rest on the next load.
      queue.removeIf(due -> !hasPoster(due.subscription()));
      while (!queue.isEmpty() && pacing.hasTurn(platform)) {
        counts[deliver(queue.poll()).ordinal()]++;
      }
      if (!queue.isEmpty()) {
        waiting += queue.size();
        pacedUntil = earliest(pacedUntil, pacing.nextFree(platform));
      }
    }
    // Read after sending: a retry just scheduled may be the next thing to do.
    Instant nextTick = earliest(nextScheduled, pacedUntil);
    if (waiting > 0) {
      nextTick = earliest(nextTick, loadedAt.plus(REFRESH));
    }
    return new TickReport(
        counts[DeliveryResult.SENT.ordinal()],
        counts[DeliveryResult.RETRYING.ordinal()],
        counts[DeliveryResult.GONE.ordinal()],
        counts[DeliveryResult.FAILED.ordinal()],
        waiting,
        nextTick);
  }

  /** The key that names one subscription's post for one local day, on every attempt. */
  static String idempotencyKey(long subscriptionId, LocalDate day) {
    return subscriptionId + "-" + KEY_DATE.format(day);
  }

  private void load(Instant now) {
    forgetOldDays(now);
    candidates.clear();
    queues.clear();
    // The earliest local date anywhere is the UTC date less one (zones reach UTC-12).
    Map<Long, Map<LocalDate, Delivery>> log = new HashMap<>();
    for (Delivery delivery :
        store.deliveriesSince(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1))) {
      log.computeIfAbsent(delivery.subscriptionId(), id -> new HashMap<>())
          .put(delivery.day(), delivery);
    }
    List<Due> due = new ArrayList<>();
    Instant next = Instant.MAX;
    for (Subscription subscription : store.active()) {
      LocalDate today = PostSchedule.today(now, subscription.zone());
      Optional<Delivery> todays =
          Optional.ofNullable(log.getOrDefault(subscription.id(), Map.of()).get(today));
      switch (PostSchedule.next(subscription, todays, now)) {
        case PostSchedule.PostNow post -> due.add(new Due(subscription, post.day(), post.due()));
        case PostSchedule.Wait wait -> next = earliest(next, wait.until());
      }
    }
    // The longest overdue first, so a backlog drains in order.
    due.sort(Comparator.comparing(Due::due).thenComparingLong(d -> d.subscription().id()));
    for (Due item : due) {
      queues
          .computeIfAbsent(item.subscription().place().platform(), p -> new ArrayDeque<>())
          .add(item);
    }
    loadedAt = now;
    nextScheduled = next;
  }

  private DeliveryResult deliver(Due due) {
    Subscription subscription = due.subscription();
    long id = subscription.id();
    Instant now = clock.instant();
    if (!PostSchedule.today(now, subscription.zone()).equals(due.day())) {
      return DeliveryResult.NOT_CLAIMED; // midnight passed while it waited: that day is over
    }
    Post post;
    try {
      post = compose(subscription, due.day());
    } catch (RuntimeException e) {
      // Nothing is claimed yet, so the next load tries again.
      LOG.error(
          "Could not compose the daily post for subscription {} ({})",
          id,
          Subscription.placeKey(subscription.place()),
          e);
      return DeliveryResult.FAILED;
    }
    String key = idempotencyKey(id, due.day());
    OptionalInt attempt = store.claim(subscription, due.day(), key, now);
    if (attempt.isEmpty()) {
      return DeliveryResult.NOT_CLAIMED;
    }
    Optional<String> skipped = post.skipped();
    if (skipped.isPresent()) {
      store.finish(id, due.day(), DeliveryState.SKIPPED, skipped.get(), now);
      return DeliveryResult.SKIPPED;
    }
    pacing.take(subscription.place().platform());
    PostOutcome outcome;
    try {
      outcome = post.send(key);
    } catch (RuntimeException e) {
      // It may or may not have posted: at most once means it is not tried again.
      LOG.error("Daily post {} to {} failed", key, Subscription.placeKey(subscription.place()), e);
      store.finish(
          id, due.day(), DeliveryState.FAILED, String.valueOf(e.getMessage()), clock.instant());
      return DeliveryResult.FAILED;
    }
    return record(subscription, due.day(), post.passages(), outcome, attempt.getAsInt());
  }

  /** A day's post or quiz, composed before its day is claimed. */
  private interface Post {
    /** Why there is nothing to send today, if there is not. */
    Optional<String> skipped();

    PostOutcome send(String key);

    /** The passages it shows, for rotation. */
    List<String> passages();
  }

  private Post compose(Subscription subscription, LocalDate day) {
    ChatPlace place = subscription.place();
    Platform platform = place.platform();
    if (subscription.feature() == DailyFeature.QUIZ) {
      Optional<ChatQuizzes.PlannedQuiz> planned = quizzes.plan(place);
      QuizPoster poster = quizPosters.get(platform);
      return new Post() {
        @Override
        public Optional<String> skipped() {
          return planned.isEmpty()
              ? Optional.of("no quiz: quizzes are off here, or no event makes one")
              : Optional.empty();
        }

        @Override
        public PostOutcome send(String key) {
          return poster.post(place, quizzes.open(planned.get()), key);
        }

        @Override
        public List<String> passages() {
          return List.of();
        }
      };
    }
    DayCard card =
        rotation.pick(candidates(MonthDay.from(day)), store.postedPassages(subscription.id()));
    DayPoster poster = posters.get(platform);
    return new Post() {
      @Override
      public Optional<String> skipped() {
        return card.events().isEmpty()
            ? Optional.of("no events near " + MonthDay.from(day))
            : Optional.empty();
      }

      @Override
      public PostOutcome send(String key) {
        return poster.post(place, card, key);
      }

      @Override
      public List<String> passages() {
        return card.events().stream()
            .map(DayCard.DayEvent::passageId)
            .filter(p -> !p.isEmpty())
            .toList();
      }
    };
  }

  private boolean hasPoster(Subscription subscription) {
    Platform platform = subscription.place().platform();
    boolean has =
        subscription.feature() == DailyFeature.QUIZ
            ? quizPosters.containsKey(platform)
            : posters.containsKey(platform);
    if (!has) {
      warnWithoutPoster(subscription.feature(), platform);
    }
    return has;
  }

  private DeliveryResult record(
      Subscription subscription,
      LocalDate day,
      List<String> passages,
      PostOutcome outcome,
      int attempt) {
    long id = subscription.id();
    Instant now = clock.instant();
    return switch (outcome) {
      case PostOutcome.Sent sent -> {
        store.sent(id, day, passages, now);
        yield DeliveryResult.SENT;
      }
      case PostOutcome.RetryLater retry -> {
        if (attempt >= MAX_ATTEMPTS) {
          store.finish(
              id,
              day,
              DeliveryState.FAILED,
              "gave up after " + attempt + " attempts: " + retry.why(),
              now);
          yield DeliveryResult.FAILED;
        }
        Duration after = retry.after().compareTo(MIN_RETRY) < 0 ? MIN_RETRY : retry.after();
        store.retryLater(id, day, now.plus(after), retry.why(), now);
        nextScheduled = earliest(nextScheduled, now.plus(after));
        yield DeliveryResult.RETRYING;
      }
      case PostOutcome.Gone gone -> {
        store.gone(id, day, gone.reason(), now);
        LOG.info(
            "Daily posts to {} stopped: {}",
            Subscription.placeKey(subscription.place()),
            gone.reason());
        yield DeliveryResult.GONE;
      }
    };
  }

  private DayCard candidates(MonthDay day) {
    return candidates.computeIfAbsent(day, cards::candidates);
  }

  private void forgetOldDays(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (today.isAfter(forgotten)) {
      store.forget(today.minusDays(DELIVERY_LOG_DAYS), today.minusDays(PASSAGE_MEMORY_DAYS));
      forgotten = today;
    }
  }

  private boolean nothingQueued() {
    for (Deque<Due> queue : queues.values()) {
      for (Due due : queue) {
        Platform platform = due.subscription().place().platform();
        if (due.subscription().feature() == DailyFeature.QUIZ
            ? quizPosters.containsKey(platform)
            : posters.containsKey(platform)) {
          return false;
        }
      }
    }
    return true;
  }

  private void warnWithoutPoster(DailyFeature feature, Platform platform) {
    if (warnedWithoutPoster.add(feature + "/" + platform)) {
      LOG.warn(
          "Daily {} for {} are due but no poster is registered for them; they wait",
          feature == DailyFeature.QUIZ ? "quizzes" : "posts",
          platform);
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** What became of one due post. */
  private enum DeliveryResult {
    SENT,
    RETRYING,
    GONE,
    FAILED,
    SKIPPED,
    NOT_CLAIMED
  }
}
