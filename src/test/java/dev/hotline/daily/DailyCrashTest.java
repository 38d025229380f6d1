package dev.hotline.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.Latches;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hotline is killed (SIGKILL, no shutdown of any kind) while a post is in flight, then started
 * again: the platform, a recording HTTP endpoint on loopback, sees each subscription's day at most
 * once, and after the restart every subscription exactly once.
 */
class DailyCrashTest {
  @TempDir Path dir;

  private static final int SUBSCRIPTIONS = 120;

  /** The endpoint holds this post unanswered while the test kills the poster. */
  private static final int KILL_DURING_POST = 45;

  private static final Instant NOW = Instant.parse("2026-11-27T09:30:00Z");

  private final List<String> received = new ArrayList<>();
  private final CountDownLatch killPointReached = new CountDownLatch(1);
  private final CountDownLatch killed = new CountDownLatch(1);

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aPosterKilledMidRunNeverPostsADayTwiceAndFinishesAfterRestart() throws Exception {
    Path file = dir.resolve("hotline.db");
    subscribe(file);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/post",
        exchange -> {
          String key = query(exchange.getRequestURI().getRawQuery()).get("key");
          int count;
          synchronized (received) {
            received.add(key);
            count = received.size();
          }
          if (count == KILL_DURING_POST) {
            killPointReached.countDown();
            Latches.awaitQuietly(killed, Duration.ofSeconds(60));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
      Process first = start(file, endpoint, "first");
      assertThat(killPointReached.await(90, TimeUnit.SECONDS))
          .as("first run reached post " + KILL_DURING_POST + "; its log: " + log("first"))
          .isTrue();
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
      killed.countDown();
      assertThat(snapshot()).as("posts seen before the kill").hasSize(KILL_DURING_POST);

      Process second = start(file, endpoint, "second");
      assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("second run finished").isTrue();
      assertThat(second.exitValue()).as("second run's log: " + log("second")).isZero();
    } finally {
      server.stop(0);
    }

    List<String> seen = snapshot();
    Map<String, Integer> times = new HashMap<>();
    seen.forEach(key -> times.merge(key, 1, Integer::sum));
    assertThat(times)
        .as("no (subscription, day) posted twice")
        .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
    assertThat(times.keySet())
        .as("every subscription once in total")
        .hasSize(SUBSCRIPTIONS)
        .allMatch(key -> key.endsWith("-20261127"));

    try (Database database = Database.openFile(file, new MutableClock(NOW))) {
      var store = new SqlSubscriptionStore(database);
      assertThat(
              store.delivery(KILL_DURING_POST, LocalDate.parse("2026-11-27")).orElseThrow().state())
          .as("the post in flight at the kill")
          .isEqualTo(DeliveryState.UNCONFIRMED);
      assertThat(
              store
                  .delivery(KILL_DURING_POST + 1, LocalDate.parse("2026-11-27"))
                  .orElseThrow()
                  .state())
          .isEqualTo(DeliveryState.SENT);
    }
  }

  private void subscribe(Path file) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    try (Database database = Database.openFile(file, clock)) {
      DailySubscriptions subscriptions =
          new DailySubscriptions(new SqlSubscriptionStore(database), clock);
      for (int i = 1; i <= SUBSCRIPTIONS; i++) {
        subscriptions.subscribe(
            new ChatPlace(Platform.DISCORD, "guild", "channel-" + i),
            LocalTime.of(9, 0),
            ZoneId.of("UTC"));
      }
    }
  }

  private Process start(Path file, String endpoint, String name) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            CrashingPosterMain.class.getName(),
            file.toString(),
            endpoint,
            NOW.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  private String log(String name) {
    try {
      return Files.readString(dir.resolve(name + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private List<String> snapshot() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : raw.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
