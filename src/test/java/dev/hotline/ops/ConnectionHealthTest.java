package dev.hotline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hotline.chat.Platform;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Health, counts and log lines of one adapter's connection, on a clock the test moves. */
class ConnectionHealthTest {
  private static final Duration DOWN_AFTER = Duration.ofSeconds(20);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final PrometheusMetrics metrics = new PrometheusMetrics();
  private final ConnectionHealth health =
      new ConnectionHealth(Platform.TELEGRAM, clock, DOWN_AFTER, metrics);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(ConnectionHealth.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
    logger.setLevel(Level.INFO);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
    logger.setLevel(null);
  }

  @Test
  void upWhileItStartsDownWhenItNeverConnectsInTime() {
    assertThat(health.up()).isTrue();
    clock.advance(DOWN_AFTER.minusSeconds(1));
    assertThat(health.up()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(health.up()).isFalse();
    health.reached();
    assertThat(health.up()).isTrue();
  }

  @Test
  void downOnlyAfterFailingForAShortWhileAndUpAgainOnTheFirstContact() {
    health.reached();
    health.failed("Connection refused", new ConnectException("Connection refused"));
    clock.advance(Duration.ofSeconds(5));
    health.failed("Connection refused", null);
    assertThat(health.up()).as("a failure or two is no outage").isTrue();
    clock.advance(Duration.ofSeconds(15));
    health.failed("Connection refused", null);
    assertThat(health.up()).isFalse();
    health.reached();
    assertThat(health.up()).isTrue();
    assertThat(metrics.scrape())
        .contains("hotline_reconnects_total{platform=\"telegram\"} 1")
        .contains("hotline_connection_failures_total{platform=\"telegram\"} 3")
        .contains("hotline_reconnects_total{platform=\"discord\"} 0");
  }

  @Test
  void aRejectedTokenIsDownForGoodAndSaysWhy() {
    health.reached();
    health.rejected("Telegram rejected the bot token (401 Unauthorized)");
    health.reached();
    assertThat(health.up()).isFalse();
    assertThat(health.rejection()).contains("Telegram rejected the bot token (401 Unauthorized)");
  }

  @Test
  void failuresAreOneLineWithoutAStackAtMostOnceAMinuteAndEachRecoveryIsSaid() {
    health.reached();
    for (int attempt = 0; attempt < 80; attempt++) { // 80 s of failures, one a second
      health.failed("Connection refused", new IOException("Connection refused"));
      clock.advance(Duration.ofSeconds(1));
    }
    health.reached();
    health.failed("Connection refused", null); // a second outage within the minute
    clock.advance(Duration.ofSeconds(3));
    health.reached();

    List<ILoggingEvent> warnings =
        logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "Telegram unreachable: Connection refused; trying again",
            "Telegram still unreachable after 61 attempts in 60 s: Connection refused;"
                + " trying again");
    assertThat(warnings).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains(
            "Telegram connected",
            "Telegram reachable again after 80 failed attempts in 80 s",
            "Telegram reachable again after 1 failed attempt in 3 s");
  }

  @Test
  void atDebugLevelEveryFailureIsLoggedWithItsStackTrace() {
    logger.setLevel(Level.DEBUG);
    health.reached();
    health.failed("Connection refused", new IOException("Connection refused"));
    health.failed("Connection refused", new IOException("Connection refused"));
    assertThat(logs.list.stream().filter(e -> e.getLevel() == Level.DEBUG))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNotNull());
  }
}
