package dev.hotline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class HealthServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void eachCheckHasItsOwnPathAndTheWholeIsDownWhenOneIs() throws Exception {
    Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
    checks.put("index", () -> true);
    checks.put("discord", () -> true);
    checks.put("telegram", () -> false);
    try (HealthServer server =
        HealthServer.start("127.0.0.1", 0, checks, new PrometheusMetrics())) {
      HttpResponse<String> whole = get(server, "/health");
      assertThat(whole.statusCode()).isEqualTo(503);
      assertThat(whole.body())
          .isEqualTo(
              "{\"checks\":{\"index\":\"up\",\"discord\":\"up\",\"telegram\":\"down\"},"
                  + "\"status\":\"down\"}");
      assertThat(get(server, "/health/discord").statusCode()).isEqualTo(200);
      assertThat(get(server, "/health/discord").body())
          .isEqualTo("{\"checks\":{\"discord\":\"up\"},\"status\":\"up\"}");
      assertThat(get(server, "/health/telegram").statusCode()).isEqualTo(503);
      assertThat(get(server, "/health/slack").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void checksAddedWhileRunningAnswerFromThenOnAndGaugesAreReadWhenScraped() throws Exception {
    Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();
    checks.put("discord", () -> true);
    Map<String, Number> shards = new ConcurrentHashMap<>();
    PrometheusMetrics metrics = new PrometheusMetrics();
    metrics.gauge("hotline_discord_shard_connected", "Connected.", () -> Map.copyOf(shards));
    metrics.gauge("hotline_processes", "Processes.", () -> Map.of("", 2));
    try (HealthServer server =
        HealthServer.start("127.0.0.1", 0, () -> Map.copyOf(checks), metrics)) {
      assertThat(get(server, "/health/discord-shard-1").statusCode()).isEqualTo(404);
      checks.put("discord-shard-1", () -> false);
      shards.put("shard=\"1\"", 0);
      assertThat(get(server, "/health/discord-shard-1").statusCode()).isEqualTo(503);
      assertThat(get(server, "/metrics").body())
          .contains("# TYPE hotline_discord_shard_connected gauge\n")
          .contains("hotline_discord_shard_connected{shard=\"1\"} 0\n")
          .contains("hotline_processes 2\n");
    }
  }

  private HttpResponse<String> get(HealthServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
