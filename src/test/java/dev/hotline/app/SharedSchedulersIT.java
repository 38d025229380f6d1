package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DeliveryState;
import dev.hotline.daily.Subscription;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.Latches;
import dev.hotline.testing.MutableClock;
import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.ThrowawayPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Hotline processes' daily posts, each in its own JVM with one Discord shard of three, share
 * one PostgreSQL with 1,000 subscriptions due at once; one is killed (SIGKILL) with a post in
 * flight. The platform, an HTTP endpoint on 127.0.0.1 that drops a repeated Discord nonce as
 * Discord does, gets every post exactly once: the dead process's shard is taken over by the others,
 * and its post in flight is sent again with the same key and dropped as a repeat.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SharedSchedulersIT {
  private static final int DISCORD = 600;
  private static final int TELEGRAM = 400;
  private static final int SHARDS = 3;
  private static final List<String> NAMES = List.of("A", "B", "C");
  private static final String VICTIM = "B";

  /** The endpoint holds the victim's post with this number while the test kills it. */
  private static final int KILL_AT = 60;

  /** Short, so the test is; docs/scaling.md measures others with -Dhotline.it.lease and .grace. */
  private static final Duration LEASE =
      Duration.ofSeconds(Integer.getInteger("hotline.it.lease", 2));

  private static final Duration GRACE =
      Duration.ofSeconds(Integer.getInteger("hotline.it.grace", 15));
  private static final Instant NINE = Instant.parse("2026-11-27T09:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-11-27");

  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();

  @TempDir Path dir;

  private record Arrival(String key, String by, Platform platform, String server, long nanos) {}

  private final List<Arrival> arrivals = new ArrayList<>();
  private final Set<String> accepted = new HashSet<>();
  private final Map<String, Integer> postsBy = new HashMap<>();
  private final CountDownLatch killPointReached = new CountDownLatch(1);
  private final CountDownLatch killed = new CountDownLatch(1);
  private volatile String heldKey;

  @Test
  void everyPostGoesOutExactlyOnceThoughOneOfThreeProcessesIsKilled() throws Exception {
    String url = server.newDatabase();
    Map<String, ChatPlace> places = subscribe(url);
    HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.setExecutor(Executors.newFixedThreadPool(8));
    endpoint.createContext("/post", this::receive);
    endpoint.start();
    Map<String, Process> processes = new LinkedHashMap<>();
    long killedAt;
    try {
      String address = "http://127.0.0.1:" + endpoint.getAddress().getPort();
      long offset = NINE.toEpochMilli() - Clock.systemUTC().millis();
      for (int shard = 0; shard < SHARDS; shard++) {
        String name = NAMES.get(shard);
        processes.put(name, start(url, address, offset, name, shard));
      }
      assertThat(killPointReached.await(2, TimeUnit.MINUTES))
          .as("the victim reached its post " + KILL_AT + "; its log: " + log(VICTIM))
          .isTrue();
      Process victim = processes.get(VICTIM);
      victim.destroyForcibly();
      victim.waitFor(30, TimeUnit.SECONDS);
      killedAt = System.nanoTime();
      killed.countDown();

      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (acceptedCount() < DISCORD + TELEGRAM && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
    } finally {
      killed.countDown();
      processes.values().forEach(Process::destroy);
      for (Process process : processes.values()) {
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
      }
      endpoint.stop(0);
    }

    List<Arrival> seen = snapshot();
    Map<String, Long> arrivalsPerKey = new HashMap<>();
    seen.forEach(a -> arrivalsPerKey.merge(a.key(), 1L, Long::sum));
    assertThat(arrivalsPerKey.keySet())
        .as("every subscription's post for the day; logs: " + log("A") + log("C"))
        .hasSize(DISCORD + TELEGRAM)
        .allMatch(key -> key.endsWith("-20261127"));
    assertThat(arrivalsPerKey)
        .as("only the post in flight at the kill was sent twice, with the same key")
        .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(key.equals(heldKey) ? 2L : 1L));
    assertThat(seen.stream().filter(a -> a.key().equals(heldKey)).map(Arrival::platform))
        .containsOnly(Platform.DISCORD);

    for (Arrival arrival : seen) {
      if (arrival.platform() == Platform.DISCORD && arrival.nanos() < killedAt) {
        int shard = DiscordAdapter.shardOf(Long.parseUnsignedLong(arrival.server()), SHARDS);
        assertThat(arrival.by()).as("posted by its shard's process").isEqualTo(NAMES.get(shard));
      }
    }
    int victimShard = NAMES.indexOf(VICTIM);
    List<Arrival> takenOver =
        seen.stream()
            .filter(a -> a.platform() == Platform.DISCORD && a.nanos() > killedAt)
            .filter(
                a ->
                    DiscordAdapter.shardOf(Long.parseUnsignedLong(a.server()), SHARDS)
                        == victimShard)
            .toList();
    assertThat(takenOver).isNotEmpty().allMatch(a -> !a.by().equals(VICTIM));
    long firstTakeover = takenOver.stream().mapToLong(Arrival::nanos).min().orElseThrow();
    long firstArrival = seen.stream().mapToLong(Arrival::nanos).min().orElseThrow();
    System.out.printf(
        "SharedSchedulersIT: killed %.1f s after the first post; its shard was taken over %.1f s"
            + " after the kill (lease %d s, grace %d s from the post time); %d of its posts taken"
            + " over; all %d posts in %.1f s%n",
        (killedAt - firstArrival) / 1e9,
        (firstTakeover - killedAt) / 1e9,
        LEASE.toSeconds(),
        GRACE.toSeconds(),
        takenOver.size(),
        seen.size(),
        (seen.stream().mapToLong(Arrival::nanos).max().orElseThrow() - firstArrival) / 1e9);

    try (Database database = Database.openUrl(url, ThrowawayPostgres.USER, "", Clock.systemUTC())) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      for (ChatPlace place : places.values()) {
        Subscription subscription = store.find(place).orElseThrow();
        assertThat(store.delivery(subscription.id(), DAY).orElseThrow().state())
            .as(place.toString())
            .isEqualTo(DeliveryState.SENT);
      }
    }
  }

  /** 600 Discord channels, one server each, spread over three shards; 400 Telegram chats. */
  private Map<String, ChatPlace> subscribe(String url) {
    Map<String, ChatPlace> places = new LinkedHashMap<>();
    MutableClock morning = new MutableClock(NINE.minus(Duration.ofHours(3)));
    try (Database database = Database.openUrl(url, ThrowawayPostgres.USER, "", morning)) {
      SqlSubscriptionStore store = new SqlSubscriptionStore(database);
      for (int n = 0; n < DISCORD + TELEGRAM; n++) {
        ChatPlace place =
            n < DISCORD
                ? new ChatPlace(
                    Platform.DISCORD, Long.toUnsignedString((long) (n + 1) << 22), "c" + n)
                : new ChatPlace(Platform.TELEGRAM, null, Integer.toString(5000 + n));
        Subscription subscription =
            store.subscribe(place, LocalTime.of(9, 0), ZoneId.of("UTC"), morning.instant());
        places.put(Long.toString(subscription.id()), place);
      }
    }
    return places;
  }

  private void receive(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    Arrival arrival =
        new Arrival(
            query.get("key"),
            query.get("by"),
            Platform.valueOf(query.get("platform")),
            query.get("server"),
            System.nanoTime());
    boolean hold;
    synchronized (arrivals) {
      arrivals.add(arrival);
      accepted.add(arrival.key()); // a repeated key is a repeated nonce: Discord drops it
      int posts = postsBy.merge(arrival.by(), 1, Integer::sum);
      hold = arrival.by().equals(VICTIM) && posts == KILL_AT;
    }
    if (hold) {
      heldKey = arrival.key();
      killPointReached.countDown();
      Latches.awaitQuietly(killed, Duration.ofMinutes(2));
    }
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }

  private int acceptedCount() {
    synchronized (arrivals) {
      return accepted.size();
    }
  }

  private List<Arrival> snapshot() {
    synchronized (arrivals) {
      return List.copyOf(arrivals);
    }
  }

  private Process start(String url, String endpoint, long offset, String name, int shard)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return started(
        new ProcessBuilder(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                SharedSchedulerMain.class.getName(),
                url,
                ThrowawayPostgres.USER,
                endpoint,
                Long.toString(offset),
                name,
                Integer.toString(shard),
                Integer.toString(SHARDS),
                Long.toString(LEASE.toMillis()),
                Long.toString(GRACE.toSeconds()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile()));
  }

  /** Started, and killed with this JVM if the test cannot stop it itself. */
  private static Process started(ProcessBuilder builder) throws IOException {
    Process process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return process;
  }

  private String log(String name) {
    try {
      return "\n--- " + name + " ---\n" + Files.readString(dir.resolve(name + ".log"));
    } catch (IOException e) {
      return "(no log for " + name + ": " + e.getMessage() + ")";
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
