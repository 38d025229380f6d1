package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FakeBotApiLongPollTest extends OnRawBotApiTest {

  @Test
  void heldPollIsAnsweredByTheNextQueuedUpdate() {
    CompletableFuture<RawBotApiClient.Answer> poll =
        raw.postJsonAsync("getupdates", "{\"timeout\":30}");
    api.awaitHeldPoll(WAIT);
    assertFalse(poll.isDone(), "the poll must wait for an update, not return empty");

    JsonNode queued = api.queuePrivateMessage(42, "Who gave the Long Telegram?");

    JsonNode result = poll.join().body().path("result");
    assertEquals(1, result.size());
    assertEquals(queued.path("update_id").asInt(), result.get(0).path("update_id").asInt());
    assertEquals("Who gave the Long Telegram?", result.at("/0/message/text").asText());
  }

  @Test
  void zeroTimeoutAnswersAtOnceWithNoUpdates() {
    RawBotApiClient.Answer answer = raw.postJson("getUpdates", "{\"timeout\":0}");

    assertEquals("{\"ok\":true,\"result\":[]}", answer.body().toString());
  }

  @Test
  void pollTimesOutEmptyAfterTheRequestedTimeout() {
    RawBotApiClient.Answer answer = raw.postJson("getUpdates", "{\"timeout\":1}");

    assertEquals(0, answer.body().path("result").size());
  }

  @Test
  void offsetConfirmsEarlierUpdates() {
    int first = api.queuePrivateMessage(1, "one").path("update_id").asInt();
    int second = api.queuePrivateMessage(1, "two").path("update_id").asInt();

    JsonNode both = raw.postJson("getUpdates", "{\"timeout\":0}").body().path("result");
    JsonNode onlySecond =
        raw.postJson("getUpdates", "{\"timeout\":0,\"offset\":" + second + "}")
            .body()
            .path("result");
    JsonNode none =
        raw.postJson("getUpdates", "{\"timeout\":0,\"offset\":" + (second + 1) + "}")
            .body()
            .path("result");

    assertEquals(2, both.size());
    assertEquals(first + 1, second);
    assertEquals(1, onlySecond.size());
    assertEquals(second, onlySecond.at("/0/update_id").asInt());
    assertEquals(0, none.size());
    assertEquals(0, api.unconfirmedUpdates());
  }

  @Test
  void unconfirmedUpdatesAreDeliveredAgain() {
    api.queuePrivateMessage(1, "again");

    raw.postJson("getUpdates", "{\"timeout\":0}");
    JsonNode repeated = raw.postJson("getUpdates", "{\"timeout\":0}").body().path("result");

    assertEquals(1, repeated.size());
  }

  @Test
  void limitCapsTheBatch() {
    api.queuePrivateMessage(1, "a");
    api.queuePrivateMessage(1, "b");

    JsonNode result =
        raw.postJson("getUpdates", "{\"timeout\":0,\"limit\":1}").body().path("result");

    assertEquals(1, result.size());
    assertEquals("a", result.at("/0/message/text").asText());
  }

  @Test
  void allowedUpdatesDropsOtherTypes() {
    api.queueInlineQuery(1, "détente");
    api.queuePrivateMessage(1, "only this");

    JsonNode result =
        raw.postJson("getUpdates", "{\"timeout\":0,\"allowed_updates\":[\"message\"]}")
            .body()
            .path("result");

    assertEquals(1, result.size());
    assertTrue(result.get(0).has("message"));
  }

  @Test
  void newerPollEndsTheOlderOneWithConflict() {
    CompletableFuture<RawBotApiClient.Answer> older =
        raw.postJsonAsync("getUpdates", "{\"timeout\":30}");
    api.awaitHeldPoll(WAIT);

    CompletableFuture<RawBotApiClient.Answer> newer =
        raw.postJsonAsync("getUpdates", "{\"timeout\":30}");

    assertEquals(409, older.join().status());
    api.queuePrivateMessage(1, "to the newer poll");
    assertEquals(1, newer.join().body().path("result").size());
  }

  @Test
  void closingReleasesAHeldPollWithNoUpdates() {
    CompletableFuture<RawBotApiClient.Answer> poll =
        raw.postJsonAsync("getUpdates", "{\"timeout\":30}");
    api.awaitHeldPoll(WAIT);

    long started = System.nanoTime();
    api.close();
    RawBotApiClient.Answer answer = poll.join();

    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(WAIT) < 0);
    assertEquals(0, answer.body().path("result").size());
  }
}
