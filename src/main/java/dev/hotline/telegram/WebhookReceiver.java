package dev.hotline.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the updates Telegram pushes in webhook mode. Every request must carry the secret token
 * in {@code X-Telegram-Bot-Api-Secret-Token}; one without it, or with another, is refused with 401
 * and never handled. An update is taken in the ledger before it is handed on, so one delivered
 * twice is handled once; the answer is 200 at once, the reply going out from Hotline's workers.
 */
final class WebhookReceiver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Far more than any update; a larger body is not Telegram's. */
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] secret;
  private final UpdateLedger ledger;
  private final LongPollingUpdateConsumer consumer;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private WebhookReceiver(
      HttpServer server,
      ExecutorService executor,
      TelegramWebhook webhook,
      LongPollingUpdateConsumer consumer) {
    this.server = server;
    this.executor = executor;
    this.secret = webhook.secret().getBytes(StandardCharsets.UTF_8);
    this.ledger = webhook.ledger();
    this.consumer = consumer;
  }

  /** Listens on the webhook's address (port 0 picks a free one) and hands updates to consumer. */
  static WebhookReceiver start(TelegramWebhook webhook, LongPollingUpdateConsumer consumer)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(webhook.bind(), webhook.port()), 0);
    ExecutorService executor =
        Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("telegram-webhook-", 0).factory());
    WebhookReceiver receiver = new WebhookReceiver(server, executor, webhook, consumer);
    server.createContext(webhook.path(), receiver::receive);
    server.setExecutor(executor);
    server.start();
    return receiver;
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        LOG.warn(
            "Telegram webhook: refused a request from {} without the secret token",
            exchange.getRemoteAddress().getAddress().getHostAddress());
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      Update update;
      try (InputStream body = exchange.getRequestBody()) {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
          exchange.sendResponseHeaders(413, -1);
          return;
        }
        update = json.readValue(bytes, Update.class);
      } catch (IOException e) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      if (update.getUpdateId() == null) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      boolean first;
      try {
        first = ledger.take(update.getUpdateId());
      } catch (RuntimeException e) {
        // Not recorded, so not handled: Telegram delivers it again, here or elsewhere.
        LOG.warn(
            "Telegram webhook: could not record update {}: {}",
            update.getUpdateId(),
            e.getMessage());
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      if (first) {
        consumer.consume(List.of(update));
      }
      exchange.sendResponseHeaders(200, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
