package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import dev.hotline.telegram.fake.WebhookAttempt;
import dev.hotline.testing.Ports;
import dev.hotline.testing.PostgresPerClass;
import dev.hotline.testing.TestCorpus;
import dev.hotline.testing.ThrowawayPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook mode behind a load balancer: two {@code hotline serve} processes on one PostgreSQL
 * receive the updates the fake Bot API pushes through a round-robin balancer on 127.0.0.1, which
 * loses every fifth answer so that Telegram delivers that update again, to the other process. Every
 * question is answered exactly once, also after one process is killed with SIGKILL, and a request
 * without the secret token is refused.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TelegramWebhookIT {
  private static final String SECRET = "webhook-secret_1961";
  private static final int BEFORE_KILL = 15;
  private static final int AFTER_KILL = 15;
  private static final long FIRST_USER = 700_001;

  @RegisterExtension static final PostgresPerClass server = new PostgresPerClass();

  @TempDir Path dir;

  @Test
  void eachPushedUpdateIsAnsweredOnceWhicheverProcessGetsItAndWhenOneDies() throws Exception {
    String url = server.newDatabase();
    // The two processes' ports stay taken until the fake servers have their own ports: a port
    // picked and let go at once may be handed to the balancer, leaving a process none to listen on.
    try (Ports held = Ports.held(2);
        FakeBotApi api = FakeBotApi.start();
        Balancer balancer = Balancer.start(List.of(held.port(0), held.port(1)))) {
      int portA = held.port(0);
      int portB = held.port(1);
      held.release();
      String webhook = "http://127.0.0.1:" + balancer.port() + "/telegram/updates";
      try (ServeProcess a = ServeProcess.start("a", dir, environment(api, url, webhook, portA));
          ServeProcess b = ServeProcess.start("b", dir, environment(api, url, webhook, portB))) {
        a.awaitOutput("reach this process on 127.0.0.1:" + portA, 90);
        b.awaitOutput("reach this process on 127.0.0.1:" + portB, 90);

        ask(api, 0, BEFORE_KILL);
        awaitAnswers(api, 0, BEFORE_KILL);
        assertThat(balancer.forwardedTo()).as("both processes took updates").hasSize(2);
        assertThat(forged(portA, null)).as("no secret token").isEqualTo(401);
        assertThat(forged(portB, "not-" + SECRET)).as("another secret token").isEqualTo(401);

        a.kill();
        ask(api, BEFORE_KILL, BEFORE_KILL + AFTER_KILL);
        awaitAnswers(api, BEFORE_KILL, BEFORE_KILL + AFTER_KILL);

        Map<Long, Integer> replies = repliesPerChat(api);
        assertThat(replies)
            .as("every question answered exactly once")
            .hasSize(BEFORE_KILL + AFTER_KILL)
            .allSatisfy((chat, n) -> assertThat(n).as("chat " + chat).isEqualTo(1));
        assertThat(replies).doesNotContainKey(4242L);
        List<WebhookAttempt> attempts = api.webhookAttempts();
        assertThat(attempts)
            .as("answers the balancer lost and deliveries to the dead process, delivered again")
            .anyMatch(attempt -> attempt.status() != 200);
        assertThat(api.calls("getUpdates")).isEmpty();
      }
    }
  }

  private Map<String, String> environment(FakeBotApi api, String url, String webhook, int port)
      throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("TELEGRAM_TOKEN", api.bot().token());
    environment.put("HOTLINE_TELEGRAM_API_URL", api.baseUrl());
    environment.put("HOTLINE_TELEGRAM_WEBHOOK_URL", webhook);
    environment.put("HOTLINE_TELEGRAM_WEBHOOK_PORT", Integer.toString(port));
    environment.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
    environment.put("HOTLINE_DATABASE_URL", url);
    environment.put("DATABASE_USER", ThrowawayPostgres.USER);
    environment.put("HOTLINE_CLUSTER_LEASE_SECONDS", "3");
    environment.put("HOTLINE_INDEX", TestCorpus.index(dir).root().toString());
    environment.put("HOTLINE_DATA_DIR", dir.resolve("unused").toString());
    return environment;
  }

  private static void ask(FakeBotApi api, int from, int to) {
    for (int i = from; i < to; i++) {
      api.queuePrivateMessage(FIRST_USER + i, "when did the border war happen?");
    }
  }

  private static void awaitAnswers(FakeBotApi api, int from, int to) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      Map<Long, Integer> replies = repliesPerChat(api);
      boolean all = true;
      for (int i = from; i < to; i++) {
        all &= replies.containsKey(FIRST_USER + i);
      }
      if (all) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new AssertionError("not every question answered: " + repliesPerChat(api));
  }

  private static Map<Long, Integer> repliesPerChat(FakeBotApi api) {
    Map<Long, Integer> replies = new HashMap<>();
    for (RecordedCall call : api.calls("sendMessage")) {
      if (call.succeeded()) {
        replies.merge(Long.parseLong(call.text("chat_id")), 1, Integer::sum);
      }
    }
    return replies;
  }

  /** An update sent straight to a process, past the balancer, with the secret token given. */
  private static int forged(int port, String secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/updates"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    """
                    {"update_id": 999999, "message": {"message_id": 5, "date": 1700000000,
                      "chat": {"id": 4242, "type": "private"},
                      "from": {"id": 4242, "is_bot": false, "first_name": "M"},
                      "text": "when did the border war happen?"}}
                    """));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * A round-robin load balancer: forwards each request, path, headers and body, to the next backend
   * in turn and answers with its status — except that it answers every fifth 502 after forwarding
   * it (an answer lost on the way back), and 502 when the backend does not answer.
   */
  private static final class Balancer implements AutoCloseable {
    private final HttpServer server;
    private final List<Integer> backends;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Integer> forwardedTo = new ConcurrentHashMap<>();

    private Balancer(HttpServer server, List<Integer> backends) {
      this.server = server;
      this.backends = backends;
    }

    static Balancer start(List<Integer> backends) throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      Balancer balancer = new Balancer(server, backends);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/", balancer::forward);
      server.start();
      return balancer;
    }

    int port() {
      return server.getAddress().getPort();
    }

    /** The backends that answered 2xx at least once. */
    Map<Integer, Integer> forwardedTo() {
      return Map.copyOf(forwardedTo);
    }

    private void forward(HttpExchange exchange) throws IOException {
      try (exchange) {
        int turn = next.getAndIncrement();
        int port = backends.get(turn % backends.size());
        HttpRequest.Builder request =
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + exchange.getRequestURI().getPath()))
                .timeout(Duration.ofSeconds(10))
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        exchange.getRequestBody().readAllBytes()));
        for (String header : List.of("Content-Type", "X-Telegram-Bot-Api-Secret-Token")) {
          String value = exchange.getRequestHeaders().getFirst(header);
          if (value != null) {
            request.header(header, value);
          }
        }
        int status;
        try {
          status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
          status = 502;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          status = 502;
        }
        if (status == 200) {
          forwardedTo.merge(port, 1, Integer::sum);
        }
        exchange.sendResponseHeaders(turn % 5 == 4 ? 502 : status, -1);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
