package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import dev.hotline.testing.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook mode end to end: the adapter sets the webhook with its secret token, the fake Bot API
 * pushes updates to it as Telegram does (again until answered 2xx), and questions are answered
 * once; a request without the secret token is refused and never handled.
 */
@Timeout(60)
class TelegramWebhookTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String SECRET = "s3cret_Token-1969";
  private static final String BORDER_WAR = "when did the border war happen?";

  @TempDir static Path folder;
  private static SmallIndex index;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void buildIndex() throws IOException {
    index = SmallIndex.buildIn(folder, Clock.systemUTC());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  @Test
  void updatesPushedWithTheSecretAreAnsweredOnceAndOthersRefused() throws Exception {
    int port = Ports.free();
    Set<Long> taken = ConcurrentHashMap.newKeySet();
    TelegramWebhook webhook =
        new TelegramWebhook(
            URI.create("http://127.0.0.1:" + port + "/telegram/updates"),
            "127.0.0.1",
            port,
            SECRET,
            taken::add);
    ManualClock clock = new ManualClock(Instant.parse("1969-03-02T12:00:00Z"));
    try (FakeBotApi api = FakeBotApi.start()) {
      ChatService chat =
          new ChatService(
              index.answers(), new InMemorySettingsStore(), new RecordingLifecycle(), clock, "t");
      TelegramAdapter adapter =
          new TelegramAdapter(
              chat,
              TelegramConnectionSettings.of(api.bot().token(), TelegramApiUrl.parse(api.baseUrl())),
              clock,
              webhook);
      try {
        adapter.start();
        RecordedCall set = api.awaitCall("setWebhook", WAIT);
        assertThat(set.text("url")).isEqualTo("http://127.0.0.1:" + port + "/telegram/updates");
        assertThat(set.text("secret_token")).isEqualTo(SECRET);
        assertThat(adapter.pollsNow()).isFalse();

        api.queuePrivateMessage(1962, BORDER_WAR);
        RecordedCall answer =
            api.awaitCall("sendMessage", c -> "1962".equals(c.text("chat_id")), WAIT);
        assertThat(answer.text("text")).contains("1969");

        String forged =
            """
            {"update_id": 77, "message": {"message_id": 5, "date": 1700000000,
              "chat": {"id": 4242, "type": "private"},
              "from": {"id": 4242, "is_bot": false, "first_name": "M"},
              "text": "when did the border war happen?"}}
            """;
        assertThat(post(port, forged, null)).as("no secret").isEqualTo(401);
        assertThat(post(port, forged, "wrong")).as("another secret").isEqualTo(401);
        assertThat(post(port, forged, SECRET)).isEqualTo(200);
        assertThat(post(port, forged, SECRET)).as("delivered again").isEqualTo(200);
        api.awaitCall("sendMessage", c -> "4242".equals(c.text("chat_id")), WAIT);
        Thread.sleep(300); // long enough for a second answer, had there been one
        assertThat(api.calls("sendMessage"))
            .filteredOn(c -> "4242".equals(c.text("chat_id")))
            .as("answered once, though delivered twice")
            .hasSize(1);
        assertThat(api.calls("getUpdates")).as("nobody polls in webhook mode").isEmpty();
        assertThat(api.webhookAttempts()).allMatch(a -> a.status() == 200);
      } finally {
        adapter.close();
      }
      assertThat(api.webhookUrl()).as("left set for the other processes").isPresent();
    }
  }

  private int post(int port, String body, String secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/updates"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(WebhookReceiver.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
