package dev.hotline.discord;

import dev.hotline.chat.ConnectionObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Follows the gateway connection of each shard this process runs and tells the observer: connected
 * (every shard), lost (any), a reconnect that failed, or Discord closing the gateway for good
 * (4004, a rejected token). JDA itself reconnects each shard after a loss, waiting longer each
 * time. It keeps each shard's state for health checks and metrics.
 */
final class GatewayWatch extends ListenerAdapter {
  private final Supplier<ConnectionObserver> observer;
  private final Map<Integer, ShardWatch> shards = new TreeMap<>(); // guarded by this
  private Set<Integer> expected = Set.of(); // guarded by this
  private boolean shutDown; // guarded by this
  private volatile String refusal;
  private volatile String lastFailure;
  private volatile boolean stopping;

  /** One shard's connection as seen so far. */
  private static final class ShardWatch {
    boolean connected;
    boolean everConnected;
    long reconnects;
    long lostAtNanos;
  }

  /** A shard's state for health and metrics. */
  record ShardState(int id, boolean connected, long reconnects, Duration downFor) {}

  GatewayWatch(Supplier<ConnectionObserver> observer) {
    this.observer = observer;
  }

  /** The shards this process runs, once known; settling waits for all of them. */
  synchronized void expect(Set<Integer> shardIds) {
    expected = Set.copyOf(shardIds);
    for (int id : shardIds) {
      shards.computeIfAbsent(id, i -> lost(new ShardWatch()));
    }
    notifyAll();
  }

  /**
   * Waits until every expected shard is connected, or a client shut down; false when neither
   * happened in time.
   */
  synchronized boolean awaitSettled(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!settled()) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, remaining);
    }
    return true;
  }

  private boolean settled() {
    return shutDown || (!expected.isEmpty() && allConnected());
  }

  private boolean allConnected() {
    return expected.stream().allMatch(id -> shards.containsKey(id) && shards.get(id).connected);
  }

  /** Each shard's state, by id. */
  synchronized List<ShardState> states() {
    long now = System.nanoTime();
    List<ShardState> states = new ArrayList<>();
    shards.forEach(
        (id, watch) ->
            states.add(
                new ShardState(
                    id,
                    watch.connected,
                    watch.reconnects,
                    watch.connected ? Duration.ZERO : Duration.ofNanos(now - watch.lostAtNanos))));
    return states;
  }

  /** Why Discord closed the gateway for good, or {@code null}. */
  String refusal() {
    return refusal;
  }

  /** Why the last attempt to connect failed, or {@code null}. */
  String lastFailure() {
    return lastFailure;
  }

  /** Hotline is shutting the client down itself: not a refusal. */
  void stopping() {
    stopping = true;
  }

  /** A first connection to the gateway failed (JDA will try again). */
  void connectFailed(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason =
        "cannot reach the gateway: "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    lastFailure = reason;
    observer.get().failed(reason, e);
  }

  @Override
  public void onStatusChange(StatusChangeEvent event) {
    JDA.Status now = event.getNewStatus();
    JDA.Status before = event.getOldStatus();
    int shard = shardOf(event.getJDA());
    if (now == JDA.Status.CONNECTED) {
      boolean all;
      synchronized (this) {
        ShardWatch watch = shards.computeIfAbsent(shard, i -> new ShardWatch());
        if (watch.everConnected) {
          watch.reconnects++;
        }
        watch.connected = true;
        watch.everConnected = true;
        all = expected.isEmpty() || allConnected();
        notifyAll();
      }
      if (all) {
        observer.get().reached();
      }
    } else {
      if (before == JDA.Status.CONNECTED) {
        synchronized (this) {
          lost(shards.computeIfAbsent(shard, i -> new ShardWatch()));
        }
      }
      if (before == JDA.Status.ATTEMPTING_TO_RECONNECT && now == JDA.Status.WAITING_TO_RECONNECT) {
        report(shard, "reconnecting to the gateway failed");
      }
    }
  }

  @Override
  public void onSessionDisconnect(SessionDisconnectEvent event) {
    if (stopping) {
      return;
    }
    CloseCode code = event.getCloseCode();
    report(
        shardOf(event.getJDA()),
        code == null
            ? "lost the gateway connection"
            : "the gateway closed the connection ("
                + code.getCode()
                + " "
                + code.getMeaning()
                + ")");
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    CloseCode code = event.getCloseCode();
    if (!stopping && code != null && !code.isReconnect()) {
      refusal =
          code == CloseCode.AUTHENTICATION_FAILED
              ? "Discord rejected the bot token (gateway close 4004)"
              : "Discord closed the gateway for good ("
                  + code.getCode()
                  + " "
                  + code.getMeaning()
                  + ")";
      observer.get().rejected(refusal);
    }
    synchronized (this) {
      lost(shards.computeIfAbsent(shardOf(event.getJDA()), i -> new ShardWatch()));
      shutDown = true;
      notifyAll();
    }
  }

  private void report(int shard, String reason) {
    if (!stopping) {
      String said = expectsSeveral() ? "shard " + shard + ": " + reason : reason;
      lastFailure = said;
      observer.get().failed(said, null);
    }
  }

  private synchronized boolean expectsSeveral() {
    return expected.size() > 1;
  }

  private static ShardWatch lost(ShardWatch watch) {
    watch.connected = false;
    watch.lostAtNanos = System.nanoTime();
    return watch;
  }

  private static int shardOf(JDA jda) {
    return jda.getShardInfo().getShardId();
  }
}
