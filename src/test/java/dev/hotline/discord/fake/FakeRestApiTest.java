package dev.hotline.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake's REST side as any HTTP client sees it, without JDA in between. */
@Timeout(10)
class FakeRestApiTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final ObjectMapper mapper = new ObjectMapper();
  private final OkHttpClient http = new OkHttpClient();
  private final FakeDiscord fake = FakeDiscord.start();

  @AfterEach
  void close() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void rateLimitedRouteAnswers429AsDiscordDoesThenRecovers() throws IOException {
    String messages = "channels/" + fake.guild().textChannelId() + "/messages";
    fake.rateLimitNext("POST", "/channels/{id}/messages", 1);

    try (Response refused = call(post(messages, "{\"content\":\"1983\"}"))) {
      assertEquals(429, refused.code());
      // Without Via, JDA takes a 429 for a Cloudflare ban of every route.
      assertEquals("1.1 google", refused.header("Via"));
      assertEquals("1", refused.header("Retry-After"));
      assertEquals("0", refused.header("X-RateLimit-Remaining"));
      assertEquals("0.200", refused.header("X-RateLimit-Reset-After"));
      assertEquals("user", refused.header("X-RateLimit-Scope"));
      assertNotNull(refused.header("X-RateLimit-Bucket"));
      JsonNode body = mapper.readTree(refused.body().string());
      assertEquals("You are being rate limited.", body.path("message").asText());
      assertEquals(0.2, body.path("retry_after").asDouble());
      assertFalse(body.path("global").asBoolean(true));
    }
    try (Response accepted = call(post(messages, "{\"content\":\"1983\"}"))) {
      assertEquals(200, accepted.code());
      JsonNode message = mapper.readTree(accepted.body().string());
      assertEquals("1983", message.path("content").asText());
      assertEquals(fake.bot().idString(), message.at("/author/id").asText());
      assertFalse(message.path("id").asText().isEmpty());
      assertFalse(message.path("timestamp").asText().isEmpty());
    }
    assertEquals(List.of(429, 200), fake.requests().stream().map(RestCall::status).toList());
  }

  @Test
  void scriptedFailureAnswersDiscordsErrorThenRecovers() throws IOException {
    String messages = "channels/" + fake.guild().textChannelId() + "/messages";
    fake.failNext("POST", "/channels/{id}/messages", 1, 403, 50013, "Missing Permissions");

    try (Response refused = call(post(messages, "{\"content\":\"1983\"}"))) {
      assertEquals(403, refused.code());
      JsonNode body = mapper.readTree(refused.body().string());
      assertEquals(50013, body.path("code").asInt());
      assertEquals("Missing Permissions", body.path("message").asText());
    }
    try (Response accepted = call(post(messages, "{\"content\":\"1983\"}"))) {
      assertEquals(200, accepted.code());
    }
  }

  @Test
  void callsWithoutTheBotTokenAreRefused() throws IOException {
    Request anonymous = new Request.Builder().url(fake.restUrl() + "users/@me").build();
    try (Response response = http.newCall(anonymous).execute()) {
      assertEquals(401, response.code());
    }
  }

  @Test
  void unknownRoutesAndChannelsAre404() throws IOException {
    try (Response response = call(get("guilds/1/audit-logs"))) {
      assertEquals(404, response.code());
    }
    try (Response response = call(post("channels/42/messages", "{\"content\":\"x\"}"))) {
      assertEquals(404, response.code());
      assertEquals(10003, mapper.readTree(response.body().string()).path("code").asInt());
    }
  }

  @Test
  void multipartBodiesAreRecordedWithPayloadJsonAndFiles() throws IOException {
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("payload_json", "{\"content\":\"map\",\"attachments\":[{\"id\":0}]}")
            .addFormDataPart(
                "files[0]",
                "berlin.txt",
                RequestBody.create("sectors", MediaType.get("text/plain")))
            .build();
    String messages = "channels/" + fake.guild().textChannelId() + "/messages";
    try (Response response = call(authorized(messages).post(body).build())) {
      assertEquals(200, response.code());
      JsonNode message = mapper.readTree(response.body().string());
      assertEquals("berlin.txt", message.at("/attachments/0/filename").asText());
      assertEquals(7, message.at("/attachments/0/size").asInt());
    }
    RestCall call = fake.awaitRequest("POST", "/channels/{id}/messages", WAIT);
    assertEquals("map", call.text("/content"));
    assertEquals("files[0]", call.files().getFirst().name());
    assertEquals("sectors", new String(call.files().getFirst().content()));
  }

  @Test
  void commandsPutAreEchoedWithIds() throws IOException {
    String path = "applications/" + fake.setup().applicationId() + "/commands";
    try (Response response =
        call(
            authorized(path)
                .put(RequestBody.create("[{\"name\":\"ask\",\"description\":\"Ask\"}]", JSON))
                .build())) {
      JsonNode commands = mapper.readTree(response.body().string());
      assertEquals("ask", commands.at("/0/name").asText());
      assertFalse(commands.at("/0/id").asText().isEmpty());
      assertEquals(
          Long.toUnsignedString(fake.setup().applicationId()),
          commands.at("/0/application_id").asText());
    }
  }

  @Test
  void awaitRequestFailsWhenNoMatchingCallComes() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> fake.awaitRequest("DELETE", "/channels/{id}", Duration.ofMillis(50)));
    assertTrue(error.getMessage().contains("No matching REST call"), error.getMessage());
  }

  private Request get(String path) {
    return authorized(path).build();
  }

  private Request post(String path, String json) {
    return authorized(path).post(RequestBody.create(json, JSON)).build();
  }

  private Request.Builder authorized(String path) {
    return new Request.Builder()
        .url(fake.restUrl() + path)
        .header("Authorization", "Bot " + fake.token());
  }

  private Response call(Request request) throws IOException {
    return http.newCall(request).execute();
  }
}
