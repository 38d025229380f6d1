package dev.hotline.daily;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.store.Database;
import dev.hotline.store.Durability;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Daily posts as Hotline runs them, on a database file and a clock the test moves: subscriptions,
 * the scheduler and a recording poster, with "restart" as closing everything and opening it anew on
 * the same file.
 */
final class DailyWorld implements AutoCloseable {
  final MutableClock clock;
  final RecordingPoster poster;
  final FakeDayCards cards = new FakeDayCards();
  private final Path file;
  private final Map<Platform, Double> rates;
  private Database database;
  SqlSubscriptionStore store;
  DailySubscriptions subscriptions;
  DailyScheduler scheduler;

  DailyWorld(Path dir, Instant start) {
    this(dir, start, Map.of());
  }

  DailyWorld(Path dir, Instant start, Map<Platform, Double> rates) {
    this.file = dir.resolve("hotline.db");
    this.clock = new MutableClock(start);
    this.poster = new RecordingPoster(clock);
    this.rates = rates;
    open();
  }

  private void open() {
    database = Database.openFile(file, Durability.PROCESS_CRASH, clock);
    store = new SqlSubscriptionStore(database);
    subscriptions = new DailySubscriptions(store, clock);
    scheduler =
        new DailyScheduler(
            store,
            cards,
            rates.isEmpty() ? SendPacing.unlimited(clock) : new SendPacing(clock, rates),
            clock);
    scheduler.register(Platform.DISCORD, poster);
    scheduler.register(Platform.TELEGRAM, poster);
  }

  /**
   * Hotline stops (nothing more is ticked) and starts again on the same database at the clock's
   * time.
   */
  void restart() {
    database.close();
    open();
    scheduler.recoverAfterRestart();
  }

  static ChatPlace channel(String id) {
    return new ChatPlace(Platform.DISCORD, "guild", id);
  }

  void subscribe(ChatPlace place, String time, String zone) {
    subscriptions.subscribe(place, LocalTime.parse(time), ZoneId.of(zone));
  }

  DailyScheduler.TickReport tickAt(Instant at) {
    clock.set(at);
    return scheduler.tick();
  }

  DailyScheduler.TickReport tickAt(String at) {
    return tickAt(Instant.parse(at));
  }

  /**
   * Ticks every {@code step} from the clock's time until {@code until}, inclusive; returns the
   * reports.
   */
  List<DailyScheduler.TickReport> tickEvery(Duration step, Instant until) {
    List<DailyScheduler.TickReport> reports = new ArrayList<>();
    while (!clock.instant().isAfter(until)) {
      reports.add(scheduler.tick());
      clock.advance(step);
    }
    return reports;
  }

  @Override
  public void close() {
    database.close();
  }
}
