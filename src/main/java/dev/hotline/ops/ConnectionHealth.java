package dev.hotline.ops;

import dev.hotline.chat.ConnectionObserver;
import dev.hotline.chat.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one adapter's connection to its platform fares: {@code down} once it has failed to reach the
 * platform for longer than a grace period (or was refused for good), {@code up} again as soon as it
 * reaches it. Reconnects and failures are counted; failures are logged in one line each, without a
 * stack trace (that only at debug level), and at most one such line a minute, however often the
 * connection fails or flaps: each recovery is said at info level.
 */
public final class ConnectionHealth implements ConnectionObserver {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionHealth.class);

  /** At most one warning this often. */
  static final Duration LOG_EVERY = Duration.ofMinutes(1);

  private final Platform platform;
  private final String name;
  private final Clock clock;
  private final Duration downAfter;
  private final PrometheusMetrics metrics;

  // Guarded by this.
  private Instant failingSince;
  private boolean everReached;
  private int failures;
  private Instant lastLogged;
  private String rejection;

  /**
   * @param downAfter how long failing to reach the platform is tolerated before it counts as down
   *     (a poll or a reconnect may fail now and then)
   */
  public ConnectionHealth(
      Platform platform, Clock clock, Duration downAfter, PrometheusMetrics metrics) {
    this.platform = platform;
    this.name = platform.name().charAt(0) + platform.name().substring(1).toLowerCase(Locale.ROOT);
    this.clock = clock;
    this.downAfter = downAfter;
    this.metrics = metrics;
    this.failingSince = clock.instant(); // not reached yet: down unless it connects in time
  }

  /** For {@code /health}: false once the platform has been out of reach for too long. */
  public synchronized boolean up() {
    if (rejection != null) {
      return false;
    }
    return failingSince == null
        || Duration.between(failingSince, clock.instant()).compareTo(downAfter) < 0;
  }

  /** Why the platform refused Hotline for good, if it did. */
  public synchronized java.util.Optional<String> rejection() {
    return java.util.Optional.ofNullable(rejection);
  }

  @Override
  public synchronized void reached() {
    if (failingSince == null) {
      return;
    }
    if (everReached) {
      metrics.reconnected(platform);
      LOG.info(
          "{} reachable again after {} failed attempt{} in {} s",
          name,
          failures,
          failures == 1 ? "" : "s",
          Duration.between(failingSince, clock.instant()).toSeconds());
    } else {
      LOG.info("{} connected", name);
    }
    everReached = true;
    failingSince = null;
    failures = 0;
  }

  @Override
  public synchronized void failed(String reason, Throwable cause) {
    Instant now = clock.instant();
    metrics.connectionFailed(platform);
    if (failingSince == null) {
      failingSince = now;
    }
    failures++;
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} unreachable (attempt {}): {}", name, failures, reason, cause);
      return;
    }
    if (lastLogged != null && Duration.between(lastLogged, now).compareTo(LOG_EVERY) < 0) {
      return;
    }
    lastLogged = now;
    if (failures == 1) {
      LOG.warn("{} unreachable: {}; trying again", name, reason);
    } else {
      LOG.warn(
          "{} still unreachable after {} attempts in {} s: {}; trying again",
          name,
          failures,
          Duration.between(failingSince, now).toSeconds(),
          reason);
    }
  }

  @Override
  public synchronized void rejected(String reason) {
    if (rejection == null) {
      rejection = reason;
    }
  }
}
