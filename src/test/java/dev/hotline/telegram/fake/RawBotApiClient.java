package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Plain HTTP calls to the fake, for checking wire details the telegrambots client hides. */
final class RawBotApiClient implements AutoCloseable {

  /**
   * A decoded answer.
   *
   * @param status HTTP status
   * @param body the JSON envelope
   */
  record Answer(int status, JsonNode body) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String token;

  RawBotApiClient(FakeBotApi api) {
    this(api.baseUrl(), api.bot().token());
  }

  RawBotApiClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  Answer postJson(String method, String body) {
    return await(postJsonAsync(method, body));
  }

  CompletableFuture<Answer> postJsonAsync(String method, String body) {
    return send(method, "application/json", body);
  }

  Answer postForm(String method, String body) {
    return await(send(method, "application/x-www-form-urlencoded", body));
  }

  Answer postMultipart(String method, String boundary, String body) {
    return await(send(method, "multipart/form-data; boundary=" + boundary, body));
  }

  private CompletableFuture<Answer> send(String method, String contentType, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
            .header("Content-Type", contentType)
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> new Answer(response.statusCode(), parse(response.body())));
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer await(CompletableFuture<Answer> answer) {
    return answer.orTimeout(20, TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    http.close();
  }
}
