package dev.hotline.app;

import dev.hotline.chat.Platform;
import dev.hotline.daily.SubscriptionStore;
import dev.hotline.store.Database;
import dev.hotline.store.ProcessInfo;
import dev.hotline.store.ShardOf;
import dev.hotline.store.SharedSubscriptionStore;
import dev.hotline.store.SqlLeases;
import dev.hotline.store.SqlProcesses;
import dev.hotline.telegram.PollingTurn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process among the others sharing one database: it joins with a lease, renews it on a
 * heartbeat (a third of the lease), settles daily posts that processes which died had claimed, and
 * leaves on a clean stop so that the others take over at once. The daily scheduler works through
 * {@link #dailyStore()}, which offers it only the posts this process should make.
 */
final class Cluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

  /** Rows of processes dead this long are cleared from the table. */
  private static final Duration FORGET_DEAD = Duration.ofDays(1);

  /** At most one warning this often while the database cannot be reached. */
  private static final Duration WARN_EVERY = Duration.ofMinutes(1);

  /** Platforms that drop a repeated post by its idempotency key: Discord's enforced nonce. */
  static final Set<Platform> RESENDABLE = Set.of(Platform.DISCORD);

  private final ProcessInfo self;
  private final SqlProcesses processes;
  private final SharedSubscriptionStore store;
  private final SqlLeases leases;
  private final List<TelegramPollerTurn> turns = new CopyOnWriteArrayList<>();
  private final Duration lease;
  private final Clock clock;
  private final List<Consumer<List<ProcessInfo>>> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
  private Set<String> lastLive = Set.of(); // heartbeat thread only
  private volatile int liveCount = 1;
  private ScheduledExecutorService heartbeat;
  private Instant lastWarned = Instant.MIN;
  private boolean failing;

  private Cluster(
      Database database,
      ProcessInfo self,
      ShardOf shardOf,
      Duration lease,
      Duration grace,
      Clock clock) {
    this.self = self;
    this.processes = new SqlProcesses(database);
    this.store = new SharedSubscriptionStore(database, self, shardOf, grace, RESENDABLE, clock);
    this.leases = new SqlLeases(database);
    this.lease = lease;
    this.clock = clock;
  }

  /**
   * Joins the processes sharing {@code database} as {@code self}.
   *
   * @param lease how long this process counts as alive without a heartbeat
   * @param grace how late a Discord post may be before a process not running its shard takes it
   */
  static Cluster join(
      Database database,
      ProcessInfo self,
      ShardOf shardOf,
      Duration lease,
      Duration grace,
      Clock clock) {
    Cluster cluster = new Cluster(database, self, shardOf, lease, grace, clock);
    cluster.processes.join(self, clock.instant(), lease);
    LOG.info(
        "joined the Hotline processes sharing the database as {} ({} live)",
        self.id(),
        cluster.processes.live(clock.instant()).size());
    return cluster;
  }

  ProcessInfo self() {
    return self;
  }

  /** How many processes were alive at the last heartbeat, this one included. */
  int liveCount() {
    return liveCount;
  }

  /** The store the daily scheduler of this process works through. */
  SubscriptionStore dailyStore() {
    return store;
  }

  /**
   * The turn to poll Telegram for the bot with {@code token}, taken over by another process when
   * this one dies; given up when the cluster closes.
   */
  PollingTurn telegramTurn(String token) {
    TelegramPollerTurn turn = new TelegramPollerTurn(leases, token, self.id(), clock, lease);
    turns.add(turn);
    turn.start();
    return turn;
  }

  /** Told the live processes after each heartbeat, e.g. to share a platform's rate among them. */
  void onHeartbeat(Consumer<List<ProcessInfo>> listener) {
    listeners.add(listener);
  }

  /**
   * Told when a process joins or dies, and at every heartbeat while no live process runs one of the
   * Discord shards, e.g. to wake the daily runner: a dead process's posts may now be this one's to
   * take over.
   */
  void onMembershipChange(Runnable listener) {
    changeListeners.add(listener);
  }

  /** Starts the heartbeat on a thread of its own. */
  synchronized void start() {
    if (heartbeat != null) {
      return;
    }
    heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "hotline-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    long every = Math.max(100, lease.toMillis() / 3);
    heartbeat.scheduleWithFixedDelay(this::beatQuietly, 0, every, TimeUnit.MILLISECONDS);
  }

  /**
   * One heartbeat: renews this process's lease (joining again if it was cleared), settles the
   * claims of processes that died, and clears long-dead rows.
   */
  void beat() {
    Instant now = clock.instant();
    if (!processes.renew(self.id(), now, lease)) {
      processes.join(self, now, lease);
    }
    int settled = store.abandonClaims(now);
    if (settled > 0) {
      LOG.info("settled {} daily post(s) claimed by Hotline processes that stopped", settled);
    }
    processes.forgetDead(now.minus(FORGET_DEAD));
    List<ProcessInfo> live = processes.live(now);
    liveCount = live.size();
    listeners.forEach(listener -> listener.accept(live));
    Set<String> ids = live.stream().map(ProcessInfo::id).collect(Collectors.toSet());
    if (!ids.equals(lastLive) || shardWithoutProcess(live)) {
      lastLive = ids;
      changeListeners.forEach(Runnable::run);
    }
  }

  /** Whether some shard of this process's Discord total is run by no live process. */
  private boolean shardWithoutProcess(List<ProcessInfo> live) {
    int total = self.shards().total();
    for (int shard = 0; shard < total; shard++) {
      int s = shard;
      if (live.stream().noneMatch(p -> p.shards().total() == total && p.shards().holds(s))) {
        return true;
      }
    }
    return false;
  }

  private void beatQuietly() {
    try {
      beat();
      if (failing) {
        LOG.info("heartbeat to the shared database works again");
        failing = false;
      }
    } catch (RuntimeException e) {
      failing = true;
      Instant now = clock.instant();
      if (now.isAfter(lastWarned.plus(WARN_EVERY))) {
        lastWarned = now;
        LOG.warn(
            "heartbeat to the shared database failed: {}; other processes take this one's work"
                + " over once its lease of {} s runs out",
            e.getMessage(),
            lease.toSeconds());
      }
    }
  }

  /**
   * Gives up its turns, stops the heartbeat and leaves, so that the others take this process's
   * shards and turns at once.
   */
  @Override
  public synchronized void close() {
    turns.forEach(TelegramPollerTurn::close);
    if (heartbeat != null) {
      heartbeat.shutdownNow();
      try {
        heartbeat.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      heartbeat = null;
    }
    try {
      processes.leave(self.id());
    } catch (RuntimeException e) {
      LOG.warn("could not leave the shared database cleanly: {}", e.getMessage());
    }
  }
}
