package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeBotApiRoutingTest extends OnRawBotApiTest {

  @Test
  void deleteWebhookAnswersTrueAsTheLongPollingStartupExpects() {
    RawBotApiClient.Answer answer = raw.postJson("deleteWebhook", "{}");

    assertEquals(200, answer.status());
    assertEquals("{\"ok\":true,\"result\":true}", answer.body().toString());
  }

  @Test
  void methodNamesMatchInAnyCaseAndAreRecordedInCamelCase() {
    raw.postJson("sendmessage", "{\"chat_id\":\"5\",\"text\":\"lower\"}");
    raw.postJson("SENDMESSAGE", "{\"chat_id\":\"5\",\"text\":\"upper\"}");

    assertEquals(2, api.calls("sendMessage").size());
    assertEquals("sendMessage", api.calls().get(0).method());
  }

  @Test
  void formParametersAreRecordedAsJsonWithNestedJsonParsed() {
    raw.postForm(
        "sendMessage",
        "chat_id=42&text=Yalta%201945&reply_markup="
            + "%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22More%22%2C%22callback_data%22%3A%22m%22%7D%5D%5D%7D");

    RecordedCall call = api.awaitCall("sendMessage", WAIT);
    assertEquals("42", call.text("chat_id"));
    assertEquals("Yalta 1945", call.text("text"));
    assertEquals("m", call.json("reply_markup").at("/inline_keyboard/0/0/callback_data").asText());
  }

  @Test
  void multipartParametersAreRecorded() {
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n-1001\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nПотсдам ✓\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n";

    raw.postMultipart("sendMessage", "XyZ", body);

    RecordedCall call = api.awaitCall("sendMessage", WAIT);
    assertEquals("-1001", call.text("chat_id"));
    assertEquals("Потсдам ✓", call.text("text"));
    assertEquals("a.txt", call.json("document").path("filename").asText());
    assertEquals(3, call.json("document").path("size").asInt());
  }

  @Test
  void wrongTokenIsUnauthorized() {
    try (RawBotApiClient stranger = new RawBotApiClient(api.baseUrl(), "1:wrong")) {
      RawBotApiClient.Answer answer = stranger.postJson("getMe", "{}");

      assertEquals(401, answer.status());
      assertEquals(401, answer.body().path("error_code").asInt());
      assertFalse(answer.body().path("ok").asBoolean());
    }
  }

  @Test
  void unknownMethodIsNotFoundAndStillRecorded() {
    RawBotApiClient.Answer answer = raw.postJson("launchSputnik", "{}");

    assertEquals(404, answer.status());
    assertEquals(404, api.awaitCall("launchSputnik", WAIT).httpStatus());
  }

  @Test
  void tooManyRequestsIsAnsweredOnceWithRetryAfter() {
    api.failNextWithTooManyRequests("sendMessage", 1);

    RawBotApiClient.Answer limited =
        raw.postJson("sendmessage", "{\"chat_id\":\"5\",\"text\":\"a\"}");
    RawBotApiClient.Answer next = raw.postJson("sendmessage", "{\"chat_id\":\"5\",\"text\":\"b\"}");

    assertEquals(429, limited.status());
    assertEquals(
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
            + "\"parameters\":{\"retry_after\":1}}",
        limited.body().toString());
    assertEquals(200, next.status());
    assertFalse(api.calls("sendMessage").get(0).succeeded());
  }

  @Test
  void blockedAndMigratedFailuresUseTelegramsEnvelopes() {
    api.failNextWithBlockedByUser("sendMessage");
    api.failNextWithChatMigrated("sendMessage", -1009876543210L);

    RawBotApiClient.Answer blocked =
        raw.postJson("sendMessage", "{\"chat_id\":\"5\",\"text\":\"a\"}");
    RawBotApiClient.Answer migrated =
        raw.postJson("sendMessage", "{\"chat_id\":\"-5\",\"text\":\"a\"}");

    assertEquals(
        "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the"
            + " user\"}",
        blocked.body().toString());
    assertEquals(400, migrated.status());
    assertEquals(-1009876543210L, migrated.body().at("/parameters/migrate_to_chat_id").asLong());
  }

  @Test
  void awaitCallFailsWhenNoCallMatches() {
    raw.postJson("sendMessage", "{\"chat_id\":\"5\",\"text\":\"a\"}");

    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                api.awaitCall(
                    "sendMessage",
                    call -> "6".equals(call.text("chat_id")),
                    Duration.ofMillis(200)));
    assertTrue(error.getMessage().contains("sendMessage"));
  }
}
