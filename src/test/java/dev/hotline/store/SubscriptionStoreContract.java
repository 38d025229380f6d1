package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.chat.ServerSettings;
import dev.hotline.daily.DeliveryState;
import dev.hotline.daily.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the store promises, whichever database holds it: the same tests run on SQLite and on
 * PostgreSQL, which is how the migrations and queries are kept portable.
 */
abstract class SubscriptionStoreContract {
  /** Opens the test's database; called again after closing, it opens the same one. */
  abstract Database open();

  static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
  static final LocalDate DAY = LocalDate.parse("2026-11-27");
  static final ChatPlace GENERAL = new ChatPlace(Platform.DISCORD, "guild", "general");
  static final ChatPlace HISTORY = new ChatPlace(Platform.DISCORD, "guild", "history");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void reopeningAppliesNoMigrationTwiceAndKeepsEverything() {
    try (Database database = open()) {
      new SqlSubscriptionStore(database).subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      new SqlSettingsStore(database)
          .save("discord:guild", new ServerSettings("mods", Set.of("general"), true, 10, 3));
    }
    try (Database database = open()) {
      assertThat(database.schemaVersion()).isEqualTo(Migrations.bundled().size());
      assertThat(new SqlSubscriptionStore(database).find(GENERAL)).isPresent();
      assertThat(
              new SqlSettingsStore(database).find("discord:guild").orElseThrow().allowedChannels())
          .containsExactly("general");
    }
  }

  @Test
  void subscribingAgainKeepsTheIdAndStartsANewRevision() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription first = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      Subscription second = store.subscribe(HISTORY, LocalTime.of(9, 0), PARIS, T0);
      assertThat(second.id()).isEqualTo(first.id() + 1);
      store.disable(GENERAL, "missing permission", T0.plusSeconds(60));
      Subscription again =
          store.subscribe(
              GENERAL, LocalTime.of(18, 30), ZoneId.of("Asia/Tokyo"), T0.plusSeconds(120));
      assertThat(again.id()).isEqualTo(first.id());
      assertThat(again.revision()).isGreaterThan(first.revision() + 1);
      assertThat(again.time()).isEqualTo(LocalTime.of(18, 30));
      assertThat(again.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
      assertThat(again.active()).isTrue();
      assertThat(again.disabledReason()).isEmpty();
      assertThat(again.effectiveFrom()).isEqualTo(T0.plusSeconds(120));
      assertThat(store.active()).extracting(Subscription::place).containsExactly(GENERAL, HISTORY);
    }
  }

  @Test
  void aDayIsClaimedOnceAndItsOutcomeRecorded() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription subscription = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      Instant nine = Instant.parse("2026-11-27T08:00:00Z");
      assertThat(store.claim(subscription, DAY, "1-20261127", nine)).hasValue(1);
      assertThat(store.claim(subscription, DAY, "1-20261127", nine)).isEmpty();
      assertThat(store.delivery(subscription.id(), DAY).orElseThrow().state())
          .isEqualTo(DeliveryState.CLAIMED);

      store.sent(subscription.id(), DAY, List.of("a#1", "b#2"), nine.plusMillis(300));
      assertThat(store.delivery(subscription.id(), DAY).orElseThrow().state())
          .isEqualTo(DeliveryState.SENT);
      assertThat(store.find(GENERAL).orElseThrow().lastPostedAt()).contains(nine.plusMillis(300));
      assertThat(store.postedPassages(subscription.id()))
          .containsEntry("a#1", DAY)
          .containsEntry("b#2", DAY);
      assertThat(store.claim(subscription, DAY, "1-20261127", nine.plusSeconds(3600))).isEmpty();
      assertThat(store.claim(subscription, DAY.plusDays(1), "1-20261128", nine.plusSeconds(86_400)))
          .hasValue(1);
    }
  }

  @Test
  void aRetryIsClaimedAgainOnlyWhenItsTimeComes() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription subscription = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      Instant nine = Instant.parse("2026-11-27T08:00:00Z");
      store.claim(subscription, DAY, "1-20261127", nine);
      store.retryLater(subscription.id(), DAY, nine.plusSeconds(60), "rate limited", nine);
      assertThat(store.delivery(subscription.id(), DAY).orElseThrow().retryAt())
          .contains(nine.plusSeconds(60));
      assertThat(store.claim(subscription, DAY, "1-20261127", nine.plusSeconds(59))).isEmpty();
      assertThat(store.claim(subscription, DAY, "1-20261127", nine.plusSeconds(60))).hasValue(2);
    }
  }

  @Test
  void aChangedOrStoppedSubscriptionIsNotClaimedFromAnOlderPlan() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription planned = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      store.subscribe(GENERAL, LocalTime.of(10, 0), PARIS, T0.plusSeconds(1));
      assertThat(store.claim(planned, DAY, "1-20261127", T0.plusSeconds(2))).isEmpty();
      Subscription current = store.find(GENERAL).orElseThrow();
      store.unsubscribe(GENERAL, T0.plusSeconds(3));
      assertThat(store.claim(current, DAY, "1-20261127", T0.plusSeconds(4))).isEmpty();
      assertThat(store.active()).isEmpty();
    }
  }

  @Test
  void goneDisablesWithTheReasonAndUnconfirmedClaimsAreMarked() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription general = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      Subscription history = store.subscribe(HISTORY, LocalTime.of(9, 0), PARIS, T0);
      store.claim(general, DAY, "1-20261127", T0);
      store.gone(general.id(), DAY, "the channel was deleted", T0);
      assertThat(store.find(GENERAL).orElseThrow().disabledReason())
          .contains("the channel was deleted");
      assertThat(store.delivery(general.id(), DAY).orElseThrow().state())
          .isEqualTo(DeliveryState.GONE);

      store.claim(history, DAY, "2-20261127", T0);
      assertThat(store.abandonClaims(T0.plusSeconds(5))).isEqualTo(1);
      assertThat(store.delivery(history.id(), DAY).orElseThrow().state())
          .isEqualTo(DeliveryState.UNCONFIRMED);
    }
  }

  @Test
  void movesFollowAChannelOrAWholeServerAndNeverMakeTwoSubscriptionsOfOne() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      ChatPlace group = new ChatPlace(Platform.TELEGRAM, "-100", "-100");
      ChatPlace supergroup = new ChatPlace(Platform.TELEGRAM, "-1009", "-1009");
      long id = store.subscribe(group, LocalTime.of(9, 0), PARIS, T0).id();
      assertThat(store.move(group, supergroup, T0)).isEqualTo(1);
      assertThat(store.find(group)).isEmpty();
      assertThat(store.find(supergroup).orElseThrow().id()).isEqualTo(id);

      store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      store.subscribe(HISTORY, LocalTime.of(9, 0), PARIS, T0);
      ChatPlace newGuild = new ChatPlace(Platform.DISCORD, "guild-2", null);
      store.subscribe(
          new ChatPlace(Platform.DISCORD, "guild-2", "history"), LocalTime.of(7, 0), PARIS, T0);
      assertThat(store.move(new ChatPlace(Platform.DISCORD, "guild", null), newGuild, T0))
          .isEqualTo(1);
      assertThat(store.find(new ChatPlace(Platform.DISCORD, "guild-2", "general"))).isPresent();
      assertThat(store.find(HISTORY).orElseThrow().disabledReason().orElseThrow())
          .contains("moved to");
      assertThat(store.disable(newGuild, "Hotline was removed from the server", T0)).isEqualTo(2);
    }
  }

  @Test
  void oldDeliveriesAndPassagesAreForgotten() {
    try (Database database = open()) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      Subscription subscription = store.subscribe(GENERAL, LocalTime.of(9, 0), PARIS, T0);
      store.claim(subscription, DAY, "1-20261127", T0);
      store.sent(subscription.id(), DAY, List.of("a#1"), T0);
      store.forget(DAY, DAY);
      assertThat(store.deliveriesSince(DAY.minusDays(5))).hasSize(1);
      store.forget(DAY.plusDays(1), DAY.plusDays(1));
      assertThat(store.deliveriesSince(DAY.minusDays(5))).isEmpty();
      assertThat(store.postedPassages(subscription.id())).isEmpty();
    }
  }

  @Test
  void settingsMoveWithTheirChannels() {
    try (Database database = open()) {
      SqlSettingsStore settings = new SqlSettingsStore(database);
      ServerSettings chosen = new ServerSettings(null, Set.of("a", "b"), false, 0, 0);
      settings.save("telegram:-100", chosen);
      settings.move("telegram:-100", "telegram:-1009");
      assertThat(settings.find("telegram:-1009")).contains(chosen);
      assertThat(settings.find("telegram:-100")).isEmpty();
    }
  }
}
