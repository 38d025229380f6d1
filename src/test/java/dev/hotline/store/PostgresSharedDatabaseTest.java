package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.daily.Subscription;
import dev.hotline.testing.MutableClock;
import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.ThrowawayPostgres;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared-database rules on PostgreSQL, where several Hotline processes really share one: each
 * simulated process has a connection of its own.
 */
class PostgresSharedDatabaseTest extends SharedDatabaseContract {
  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();
  private String url;

  @BeforeEach
  void newDatabase() throws Exception {
    url = server.newDatabase();
  }

  /**
   * One claim per post whichever process wins: only PostgreSQL takes writes from several processes
   * at once (an SQLite file belongs to one process).
   */
  @Test
  void processesRacingForTheSamePostsClaimEachOnce() throws Exception {
    int posts = 200;
    int racers = 3;
    List<Subscription> subscriptions = new ArrayList<>();
    try (Database setup = open(clock)) {
      SqlSubscriptionStore plain = new SqlSubscriptionStore(setup);
      for (int n = 0; n < posts; n++) {
        subscriptions.add(plain.subscribe(telegramChat(n), LocalTime.of(9, 0), UTC, MORNING));
      }
    }
    clock.set(NINE);
    ConcurrentHashMap<Long, String> winners = new ConcurrentHashMap<>();
    AtomicInteger doubles = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    List<Future<?>> done = new ArrayList<>();
    for (int r = 0; r < racers; r++) {
      String id = "racer-" + r;
      done.add(
          threads.submit(
              () -> {
                try (Database own = open(clock)) {
                  SqlSubscriptionStore store = new SqlSubscriptionStore(own, id);
                  start.await();
                  for (Subscription s : subscriptions) {
                    if (store.claim(s, DAY, s.id() + "-20261127", NINE).isPresent()
                        && winners.putIfAbsent(s.id(), id) != null) {
                      doubles.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();
    assertThat(doubles).hasValue(0);
    assertThat(winners).hasSize(posts);
  }

  /** Processes started together on a new database: one migrates it, the others wait and use it. */
  @Test
  void processesOpeningANewDatabaseTogetherMigrateItOnce() throws Exception {
    int processes = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(processes);
    List<Future<Integer>> versions = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      versions.add(
          threads.submit(
              () -> {
                start.await();
                try (Database database = open(clock)) {
                  return database.schemaVersion();
                }
              }));
    }
    start.countDown();
    for (Future<Integer> version : versions) {
      assertThat(version.get()).isEqualTo(Migrations.bundled().size());
    }
    threads.shutdown();
  }

  /** Moderators of different servers turning daily posts on at once, through two processes. */
  @Test
  void processesSubscribingAtOnceGetAnIdEach() throws Exception {
    int each = 40;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<List<Long>>> ids = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int process = p;
      ids.add(
          threads.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                try (Database own = open(clock)) {
                  SqlSubscriptionStore store = new SqlSubscriptionStore(own);
                  start.await();
                  for (int n = 0; n < each; n++) {
                    mine.add(
                        store
                            .subscribe(
                                telegramChat(process * 1000 + n), LocalTime.of(9, 0), UTC, MORNING)
                            .id());
                  }
                }
                return mine;
              }));
    }
    start.countDown();
    java.util.Set<Long> all = new java.util.HashSet<>();
    for (Future<List<Long>> mine : ids) {
      all.addAll(mine.get());
    }
    threads.shutdown();
    assertThat(all).hasSize(2 * each);
  }

  @Override
  Database open(MutableClock clock) {
    return Database.openUrl(url, ThrowawayPostgres.USER, "", clock);
  }
}
