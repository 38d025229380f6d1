package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Backoff;
import dev.hotline.chat.ChatAdapter;
import dev.hotline.chat.ConnectionObserver;
import dev.hotline.chat.Platform;
import dev.hotline.chat.TokenRejectedException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Starting adapters until they connect, with a sleeper that records the waits instead of waiting.
 */
@Timeout(30)
class AdapterSupervisorTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<String> said = new CopyOnWriteArrayList<>();
  private final CountDownLatch noneLeft = new CountDownLatch(1);
  private final AdapterSupervisor supervisor =
      new AdapterSupervisor(
          Backoff.standard(),
          waits::add,
          said::add,
          message -> message.replace("secret-token", "<token>"),
          noneLeft::countDown);

  @Test
  void anUnreachablePlatformIsTriedAgainWithCappedBackoffUntilItAnswers() throws Exception {
    ScriptedAdapter adapter = new ScriptedAdapter(Platform.TELEGRAM, 7, null);
    RecordingHealth health = new RecordingHealth();

    supervisor.supervise(adapter, health, "TELEGRAM_TOKEN");
    assertThat(health.reached.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(adapter.attempts).isEqualTo(8);
    assertThat(waits.stream().map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    assertThat(health.events)
        .hasSize(8)
        .first()
        .isEqualTo("failed: connect failed: Connection refused");
    assertThat(health.events).last().isEqualTo("reached");
    assertThat(said).isEmpty();
    assertThat(noneLeft.getCount()).isOne();
  }

  @Test
  void aRejectedTokenIsSaidOnceTheAdapterStaysOffAndWithNoneLeftServingStops() throws Exception {
    ScriptedAdapter adapter =
        new ScriptedAdapter(
            Platform.DISCORD, 0, "Discord rejected the bot token secret-token (HTTP 401)");
    RecordingHealth health = new RecordingHealth();

    supervisor.supervise(adapter, health, "DISCORD_TOKEN");

    assertThat(noneLeft.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(said)
        .containsExactly(
            "hotline: Discord rejected the bot token <token> (HTTP 401); Discord stays off"
                + " (check DISCORD_TOKEN)");
    assertThat(adapter.attempts).isOne();
    assertThat(adapter.closed.getCount()).isZero();
    assertThat(waits).isEmpty();
    assertThat(health.events)
        .containsExactly("rejected: Discord rejected the bot token <token> (HTTP 401)");
  }

  @Test
  void aTokenRejectedWhileRunningStopsThatAdapterAndTheOtherGoesOn() throws Exception {
    ScriptedAdapter telegram = new ScriptedAdapter(Platform.TELEGRAM, 0, null);
    ScriptedAdapter discord = new ScriptedAdapter(Platform.DISCORD, 0, null);
    supervisor.supervise(telegram, new RecordingHealth(), "TELEGRAM_TOKEN");
    supervisor.supervise(discord, new RecordingHealth(), "DISCORD_TOKEN");
    telegram.started.await(10, TimeUnit.SECONDS);
    discord.started.await(10, TimeUnit.SECONDS);

    // The library's poll thread reports the refusal, twice as it happens.
    telegram.observer.rejected("Telegram rejected the bot token (401 Unauthorized)");
    telegram.observer.rejected("Telegram rejected the bot token (401 Unauthorized)");

    assertThat(telegram.closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(said).hasSize(1);
    assertThat(discord.closed.getCount()).isOne();
    assertThat(noneLeft.await(200, TimeUnit.MILLISECONDS)).isFalse();
  }

  @Test
  void failuresAreDescribedInOneLineWithTheirCause() {
    IOException failure =
        new IOException(
            "Unable to execute getme method",
            new ConnectException("Failed to connect to /127.0.0.1:9: Connection refused"));
    assertThat(AdapterSupervisor.describe(failure))
        .isEqualTo(
            "Unable to execute getme method: Failed to connect to /127.0.0.1:9: Connection"
                + " refused");
  }

  /** Fails {@code failures} starts with "connection refused", then connects (or is rejected). */
  private static final class ScriptedAdapter implements ChatAdapter {
    private final Platform platform;
    private final int failures;
    private final String rejection;
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    volatile ConnectionObserver observer = ConnectionObserver.NONE;
    volatile int attempts;

    ScriptedAdapter(Platform platform, int failures, String rejection) {
      this.platform = platform;
      this.failures = failures;
      this.rejection = rejection;
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public void observe(ConnectionObserver observer) {
      this.observer = observer;
    }

    @Override
    public void start() throws Exception {
      attempts++;
      if (rejection != null) {
        throw new TokenRejectedException(rejection);
      }
      if (attempts <= failures) {
        throw new IOException("connect failed", new ConnectException("Connection refused"));
      }
      started.countDown();
    }

    @Override
    public boolean connected() {
      return started.getCount() == 0 && closed.getCount() == 1;
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  private static final class RecordingHealth implements ConnectionObserver {
    final List<String> events = new ArrayList<>();
    final CountDownLatch reached = new CountDownLatch(1);

    @Override
    public synchronized void reached() {
      events.add("reached");
      reached.countDown();
    }

    @Override
    public synchronized void failed(String reason, Throwable cause) {
      events.add("failed: " + reason);
    }

    @Override
    public synchronized void rejected(String reason) {
      events.add("rejected: " + reason);
    }
  }
}
