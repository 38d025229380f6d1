package dev.hotline.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A small HTTP endpoint for operators: {@code /health} (200 when every check passes, else 503, with
 * each check's state as JSON), {@code /health/NAME} for one check alone (e.g. {@code
 * /health/telegram}), and {@code /metrics} in the Prometheus text format.
 */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor;
  private final Supplier<Map<String, BooleanSupplier>> checks;
  private final PrometheusMetrics metrics;
  private final ObjectMapper json = new ObjectMapper();

  private HealthServer(
      HttpServer server,
      java.util.concurrent.ExecutorService executor,
      Supplier<Map<String, BooleanSupplier>> checks,
      PrometheusMetrics metrics) {
    this.server = server;
    this.executor = executor;
    this.checks = checks;
    this.metrics = metrics;
  }

  /**
   * Starts listening on {@code bind:port} (port 0 picks a free one).
   *
   * @param checks named checks, e.g. "index", "discord", "database"; each true when healthy
   */
  public static HealthServer start(
      String bind, int port, Map<String, BooleanSupplier> checks, PrometheusMetrics metrics)
      throws IOException {
    Map<String, BooleanSupplier> fixed = new LinkedHashMap<>(checks);
    return start(bind, port, () -> fixed, metrics);
  }

  /**
   * As {@link #start(String, int, Map, PrometheusMetrics)}, with checks that may change while it
   * runs (one per Discord shard, known once connected), asked for on each request.
   */
  public static HealthServer start(
      String bind,
      int port,
      Supplier<Map<String, BooleanSupplier>> checks,
      PrometheusMetrics metrics)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
    java.util.concurrent.ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "hotline-health");
              thread.setDaemon(true);
              return thread;
            });
    HealthServer health = new HealthServer(server, executor, checks, metrics);
    server.createContext("/health", health::health);
    server.createContext("/metrics", health::metrics);
    server.setExecutor(executor);
    server.start();
    return health;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void health(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Map<String, BooleanSupplier> all = checks.get();
    Map<String, BooleanSupplier> asked = all;
    if (path.startsWith("/health/")) {
      String name = path.substring("/health/".length());
      if (!all.containsKey(name)) {
        respond(exchange, 404, "text/plain; charset=utf-8", "no check named " + name + "\n");
        return;
      }
      asked = Map.of(name, all.get(name));
    }
    ObjectNode body = json.createObjectNode();
    ObjectNode results = body.putObject("checks");
    boolean healthy = true;
    for (Map.Entry<String, BooleanSupplier> check : asked.entrySet()) {
      boolean ok = passes(check.getValue());
      results.put(check.getKey(), ok ? "up" : "down");
      healthy &= ok;
    }
    body.put("status", healthy ? "up" : "down");
    respond(exchange, healthy ? 200 : 503, "application/json", json.writeValueAsString(body));
  }

  private static boolean passes(BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void metrics(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
