package dev.hotline.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake's quiz polls, through the real telegrambots client: what Telegram takes and refuses. */
class FakeBotApiPollsTest {

  private static final long GROUP = -1001234567890L;
  private static final long USER = 4242;

  private final MutableClock clock = new MutableClock(Instant.parse("1961-08-13T06:00:00Z"));
  private FakeBotApi api;
  private RealTelegramClient real;
  private TelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotIdentity.named("HotlineBot"), clock);
    real = new RealTelegramClient(api);
    client = real.client();
  }

  @AfterEach
  void stop() {
    real.close();
    api.close();
  }

  private static SendPoll.SendPollBuilder<?, ?> quiz() {
    return SendPoll.builder()
        .chatId(GROUP)
        .question("In which year did this happen? The Berlin Wall goes up.")
        .options(
            List.of("1959", "1960", "1961", "1962").stream()
                .map(text -> (InputPollOption) InputPollOption.builder().text(text).build())
                .toList())
        .type("quiz")
        .isAnonymous(false)
        .correctOptionIds(List.of(2))
        .explanation("August 13, 1961 — The Berlin Wall");
  }

  @Test
  void aQuizPollIsSentAndItsAnswersComeBackUntilItCloses() throws TelegramApiException {
    Message sent = client.execute(quiz().openPeriod(30).build());
    String pollId = sent.getPoll().getId();
    assertEquals("quiz", sent.getPoll().getType());
    assertEquals(List.of(2), sent.getPoll().getCorrectOptionIds());
    assertEquals(30, sent.getPoll().getOpenPeriod());
    assertFalse(sent.getPoll().getIsAnonymous());

    JsonNode update = api.queuePollAnswer(pollId, USER, 2);
    assertEquals(pollId, update.at("/poll_answer/poll_id").asText());
    assertEquals(2, update.at("/poll_answer/option_ids/0").asInt());
    assertThrows(IllegalStateException.class, () -> api.queuePollAnswer(pollId, USER, 1));
    assertEquals(1, api.poll(pollId).orElseThrow().at("/options/2/voter_count").asInt());

    clock.advance(Duration.ofSeconds(30));
    assertTrue(api.poll(pollId).orElseThrow().path("is_closed").asBoolean());
    assertThrows(IllegalStateException.class, () -> api.queuePollAnswer(pollId, USER + 1, 0));
  }

  @Test
  void stopPollClosesIt() throws TelegramApiException {
    Message sent = client.execute(quiz().build());
    client.execute(StopPoll.builder().chatId(GROUP).messageId(sent.getMessageId()).build());
    assertTrue(api.poll(sent.getPoll().getId()).orElseThrow().path("is_closed").asBoolean());
  }

  /** Sent as plain JSON: the client library checks some of these before they leave. */
  @Test
  void quizzesBeyondTelegramsLimitsAreRefused() {
    String options = "[{\"text\":\"1959\"},{\"text\":\"1960\"},{\"text\":\"1961\"}]";
    try (RawBotApiClient raw = new RawBotApiClient(api)) {
      assertEquals(200, raw.postJson("sendPoll", poll("q", options, "[2]", "e", "30")).status());
      String[] refused = {
        poll("q".repeat(301), options, "[2]", "e", "30"),
        poll("q", "[{\"text\":\"" + "x".repeat(101) + "\"},{\"text\":\"1961\"}]", "[1]", "e", "30"),
        poll("q", "[{\"text\":\"1961\"}]", "[0]", "e", "30"),
        poll("q", options, "[3]", "e", "30"),
        poll("q", options, "[0, 1]", "e", "30"),
        poll("q", options, "[2]", "e".repeat(201), "30"),
        poll("q", options, "[2]", "one\\ntwo\\nthree\\nfour", "30"),
        poll("q", options, "[2]", "e", "601"),
        poll("q", options, "[2]", "e", "4")
      };
      for (String body : refused) {
        RawBotApiClient.Answer answer = raw.postJson("sendPoll", body);
        assertEquals(400, answer.status(), body);
        assertFalse(answer.body().path("ok").asBoolean());
      }
    }
  }

  private static String poll(
      String question, String options, String correct, String explanation, String openPeriod) {
    return "{\"chat_id\":"
        + GROUP
        + ",\"question\":\""
        + question
        + "\",\"options\":"
        + options
        + ",\"type\":\"quiz\",\"is_anonymous\":false,\"correct_option_ids\":"
        + correct
        + ",\"explanation\":\""
        + explanation
        + "\",\"open_period\":"
        + openPeriod
        + "}";
  }
}
