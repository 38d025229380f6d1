package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DeliveryState;
import dev.hotline.daily.Subscription;
import dev.hotline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What several processes sharing one database rely on: turns held by one process at a time, process
 * leases, which daily posts and daily quizzes each process makes, claims left by a process that
 * died, and one claim per post when processes race. Time is a clock the tests move; nothing sleeps.
 */
abstract class SharedDatabaseContract {
  /** A new connection to the test's database (each process has its own). */
  abstract Database open(MutableClock clock);

  static final Duration LEASE = Duration.ofSeconds(10);
  static final Duration GRACE = Duration.ofSeconds(120);
  static final Instant MORNING = Instant.parse("2026-11-27T06:00:00Z");
  static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
  static final LocalDate DAY = LocalDate.parse("2026-11-27");
  static final ZoneId UTC = ZoneId.of("UTC");

  /** Discord's rule: a server's shard is its id shifted right by 22, modulo the total. */
  static final ShardOf DISCORD_SHARDS =
      (place, total) ->
          place.platform() == Platform.DISCORD && !place.direct()
              ? OptionalInt.of((int) ((Long.parseUnsignedLong(place.serverId()) >>> 22) % total))
              : OptionalInt.empty();

  /** A guild id whose shard of 2 is {@code shard}. */
  static ChatPlace guildChannel(int shard, int n) {
    long guild = ((long) (2 * n + shard)) << 22;
    return new ChatPlace(Platform.DISCORD, Long.toUnsignedString(guild), "channel-" + n);
  }

  static ChatPlace telegramChat(int n) {
    return new ChatPlace(Platform.TELEGRAM, null, Integer.toString(1000 + n));
  }

  static ProcessInfo process(String id, int shard) {
    return new ProcessInfo(
        id, Set.of(Platform.DISCORD, Platform.TELEGRAM), new ShardRange(2, shard, shard));
  }

  final MutableClock clock = new MutableClock(MORNING);

  @Test
  void aTurnIsHeldByOneProcessUntilItRunsOutAndOnlyItsHolderMovesTheMark() {
    try (Database a = open(clock);
        Database b = open(clock)) {
      SqlLeases leasesA = new SqlLeases(a);
      SqlLeases leasesB = new SqlLeases(b);
      assertThat(leasesA.take("poll", "A", clock.instant(), LEASE)).hasValue(0);
      assertThat(leasesB.take("poll", "B", clock.instant(), LEASE)).isEmpty();
      assertThat(leasesA.advance("poll", "A", 41, clock.instant())).isTrue();
      assertThat(leasesA.advance("poll", "A", 41, clock.instant())).as("no further").isFalse();

      clock.advance(Duration.ofSeconds(9));
      assertThat(leasesA.take("poll", "A", clock.instant(), LEASE)).as("renewed").hasValue(41);
      clock.advance(Duration.ofSeconds(9));
      assertThat(leasesB.take("poll", "B", clock.instant(), LEASE)).as("A renewed").isEmpty();
      assertThat(leasesB.holder("poll", clock.instant())).contains("A");

      clock.advance(Duration.ofSeconds(1)); // A's turn ends 19 s after the start
      assertThat(leasesB.take("poll", "B", clock.instant(), LEASE)).as("taken over").hasValue(41);
      assertThat(leasesA.advance("poll", "A", 50, clock.instant())).as("A lost it").isFalse();
      assertThat(leasesA.take("poll", "A", clock.instant(), LEASE)).isEmpty();
      assertThat(leasesB.advance("poll", "B", 50, clock.instant())).isTrue();

      leasesB.release("poll", "B");
      assertThat(leasesA.take("poll", "A", clock.instant(), LEASE)).as("at once").hasValue(50);
    }
  }

  @Test
  void processesAreAliveWhileTheyRenewAndGoneAtOnceWhenTheyLeave() {
    try (Database database = open(clock)) {
      SqlProcesses processes = new SqlProcesses(database);
      processes.join(process("A", 0), clock.instant(), LEASE);
      processes.join(process("B", 1), clock.instant(), LEASE);
      assertThat(processes.live(clock.instant())).containsExactly(process("A", 0), process("B", 1));

      clock.advance(Duration.ofSeconds(6));
      assertThat(processes.renew("A", clock.instant(), LEASE)).isTrue();
      clock.advance(Duration.ofSeconds(6));
      assertThat(processes.live(clock.instant())).extracting(ProcessInfo::id).containsExactly("A");
      assertThat(processes.renew("B", clock.instant(), LEASE)).as("back, not rejoined").isTrue();
      assertThat(processes.live(clock.instant())).hasSize(2);

      processes.leave("A");
      assertThat(processes.live(clock.instant())).extracting(ProcessInfo::id).containsExactly("B");
      assertThat(processes.renew("A", clock.instant(), LEASE)).as("must join again").isFalse();
      clock.advance(Duration.ofDays(2));
      assertThat(processes.forgetDead(clock.instant().minus(Duration.ofDays(1)))).isEqualTo(1);
    }
  }

  @Test
  void aDiscordPostIsMadeByItsShardsProcessUntilThatDiesThenByAnotherAfterTheGrace() {
    try (Database a = open(clock);
        Database b = open(clock)) {
      SqlSubscriptionStore plain = new SqlSubscriptionStore(a);
      plain.subscribe(guildChannel(0, 1), LocalTime.of(9, 0), UTC, clock.instant());
      plain.subscribe(guildChannel(1, 2), LocalTime.of(9, 0), UTC, clock.instant());
      plain.subscribe(telegramChat(3), LocalTime.of(9, 0), UTC, clock.instant());
      SqlProcesses registry = new SqlProcesses(a);
      registry.join(process("A", 0), clock.instant(), LEASE);
      registry.join(process("B", 1), clock.instant(), LEASE);
      SharedSubscriptionStore storeA = shared(a, process("A", 0));
      SharedSubscriptionStore storeB = shared(b, process("B", 1));

      assertThat(places(storeA.active())).containsExactly(guildChannel(0, 1), telegramChat(3));
      assertThat(places(storeB.active())).containsExactly(guildChannel(1, 2), telegramChat(3));

      // B stops renewing before 09:00; A keeps renewing. B's channel waits out the grace.
      clock.set(NINE.plus(GRACE).minusSeconds(1));
      registry.renew("A", clock.instant(), LEASE);
      assertThat(places(storeA.active())).containsExactly(guildChannel(0, 1), telegramChat(3));
      clock.set(NINE.plus(GRACE));
      registry.renew("A", clock.instant(), LEASE);
      assertThat(places(storeA.active()))
          .containsExactly(guildChannel(0, 1), guildChannel(1, 2), telegramChat(3));

      // B comes back: its shard is its own again.
      registry.renew("B", clock.instant(), LEASE);
      assertThat(places(storeA.active())).containsExactly(guildChannel(0, 1), telegramChat(3));

      ProcessInfo telegramOnly = new ProcessInfo("C", Set.of(Platform.TELEGRAM), ShardRange.none());
      assertThat(places(shared(a, telegramOnly).active())).containsExactly(telegramChat(3));
    }
  }

  @Test
  void aDeadProcessesClaimsAreSentAgainOnDiscordAndNeverOnTelegram() {
    try (Database a = open(clock);
        Database b = open(clock)) {
      SqlSubscriptionStore plain = new SqlSubscriptionStore(a);
      Subscription discord =
          plain.subscribe(guildChannel(0, 1), LocalTime.of(9, 0), UTC, clock.instant());
      Subscription telegram =
          plain.subscribe(telegramChat(2), LocalTime.of(9, 0), UTC, clock.instant());
      SqlProcesses registry = new SqlProcesses(a);
      clock.set(NINE);
      registry.join(process("A", 0), clock.instant(), LEASE);
      registry.join(process("B", 1), clock.instant(), LEASE);
      SharedSubscriptionStore storeA = shared(a, process("A", 0));
      SharedSubscriptionStore storeB = shared(b, process("B", 1));
      assertThat(storeA.claim(discord, DAY, "1-20261127", clock.instant())).hasValue(1);
      assertThat(storeA.claim(telegram, DAY, "2-20261127", clock.instant())).hasValue(1);

      assertThat(storeB.abandonClaims(clock.instant())).as("A is alive").isZero();
      assertThat(state(storeB, discord)).isEqualTo(DeliveryState.CLAIMED);

      clock.advance(LEASE);
      registry.renew("B", clock.instant(), LEASE);
      assertThat(storeB.abandonClaims(clock.instant())).isEqualTo(2);
      assertThat(state(storeB, discord)).isEqualTo(DeliveryState.RETRY);
      assertThat(state(storeB, telegram)).isEqualTo(DeliveryState.UNCONFIRMED);
      assertThat(storeB.claim(discord, DAY, "1-20261127", clock.instant()))
          .as("again, with the same key")
          .hasValue(2);
      assertThat(storeB.claim(telegram, DAY, "2-20261127", clock.instant())).isEmpty();
      assertThat(storeB.abandonClaims(clock.instant())).as("B's own claim").isZero();
    }
  }

  /** A daily quiz is a subscription like a daily post: offered, claimed and taken over alike. */
  @Test
  void aDailyQuizGoesToItsShardsProcessAndIsTakenOverAsADailyPostIs() {
    try (Database a = open(clock);
        Database b = open(clock)) {
      SqlSubscriptionStore plain = new SqlSubscriptionStore(a);
      LocalTime nine = LocalTime.of(9, 0);
      Subscription post = plain.subscribe(guildChannel(1, 1), nine, UTC, clock.instant());
      Subscription quiz =
          plain.subscribe(DailyFeature.QUIZ, guildChannel(1, 1), nine, UTC, clock.instant());
      Subscription telegramQuiz =
          plain.subscribe(DailyFeature.QUIZ, telegramChat(2), nine, UTC, clock.instant());
      SqlProcesses registry = new SqlProcesses(a);
      registry.join(process("A", 0), clock.instant(), LEASE);
      registry.join(process("B", 1), clock.instant(), LEASE);
      SharedSubscriptionStore storeA = shared(a, process("A", 0));
      SharedSubscriptionStore storeB = shared(b, process("B", 1));
      assertThat(storeA.active()).extracting(Subscription::id).containsExactly(telegramQuiz.id());
      assertThat(storeB.active())
          .extracting(Subscription::id)
          .containsExactly(post.id(), quiz.id(), telegramQuiz.id());

      clock.set(NINE);
      registry.renew("A", clock.instant(), LEASE);
      registry.renew("B", clock.instant(), LEASE);
      assertThat(storeB.claim(quiz, DAY, quiz.id() + "-20261127", clock.instant())).hasValue(1);
      assertThat(storeB.claim(telegramQuiz, DAY, "t-20261127", clock.instant())).hasValue(1);
      assertThat(storeA.claim(quiz, DAY, quiz.id() + "-20261127", clock.instant()))
          .as("claimed once, whichever process")
          .isEmpty();

      // B dies while sending both quizzes; A settles its claims and, after the grace, takes over.
      clock.set(NINE.plus(GRACE));
      registry.renew("A", clock.instant(), LEASE);
      assertThat(storeA.abandonClaims(clock.instant())).isEqualTo(2);
      assertThat(state(storeA, quiz)).isEqualTo(DeliveryState.RETRY);
      assertThat(state(storeA, telegramQuiz)).isEqualTo(DeliveryState.UNCONFIRMED);
      assertThat(storeA.active()).extracting(Subscription::id).contains(post.id(), quiz.id());
      assertThat(storeA.claim(quiz, DAY, quiz.id() + "-20261127", clock.instant())).hasValue(2);
      assertThat(storeA.abandonClaims(clock.instant())).as("A's own claim").isZero();
    }
  }

  private SharedSubscriptionStore shared(Database database, ProcessInfo self) {
    return new SharedSubscriptionStore(
        database, self, DISCORD_SHARDS, GRACE, Set.of(Platform.DISCORD), clock);
  }

  private static DeliveryState state(SharedSubscriptionStore store, Subscription subscription) {
    return store.delivery(subscription.id(), DAY).orElseThrow().state();
  }

  private static List<ChatPlace> places(List<Subscription> subscriptions) {
    return subscriptions.stream().map(Subscription::place).toList();
  }
}
