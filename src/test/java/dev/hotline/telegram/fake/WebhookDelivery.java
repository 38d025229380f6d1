package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's side of a webhook: each queued update is POSTed to the bot's URL with the secret token
 * in {@code X-Telegram-Bot-Api-Secret-Token}, one at a time, until the bot answers 2xx; any other
 * answer, or none, and the same update is delivered again a moment later.
 */
final class WebhookDelivery implements AutoCloseable {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Duration RETRY = Duration.ofMillis(200);

  private final UpdateQueue queue;
  private final URI url;
  private final String secret;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<WebhookAttempt> attempts;
  private final Thread thread;
  private volatile boolean stopped;

  WebhookDelivery(UpdateQueue queue, URI url, String secret, List<WebhookAttempt> attempts) {
    this.queue = queue;
    this.url = url;
    this.secret = secret;
    this.attempts = attempts;
    this.thread = Thread.ofVirtual().name("fake-telegram-webhook").start(this::deliver);
  }

  static List<WebhookAttempt> newLog() {
    return new CopyOnWriteArrayList<>();
  }

  URI url() {
    return url;
  }

  String secret() {
    return secret;
  }

  private void deliver() {
    while (!stopped) {
      Optional<ObjectNode> next = queue.awaitFirst(Duration.ofMillis(200));
      if (next.isEmpty()) {
        continue;
      }
      long id = next.get().get("update_id").asLong();
      int status = post(next.get().toString());
      attempts.add(new WebhookAttempt(id, status));
      if (status >= 200 && status < 300) {
        queue.delivered(id);
      } else {
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private int post(String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null && !secret.isEmpty()) {
      request.header(SECRET_HEADER, secret);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
  }
}
