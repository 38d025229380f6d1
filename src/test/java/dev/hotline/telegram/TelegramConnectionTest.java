package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real long-polling application and OkHttp client against the fake Bot API server. */
class TelegramConnectionTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final long USER = 1962;
  private static final long GROUP = -1001962101962L;

  private FakeBotApi api;
  private RecordingConsumer consumer;
  private TelegramConnection connection;

  @BeforeEach
  void start() throws TelegramApiException {
    api = FakeBotApi.start();
    consumer = new RecordingConsumer();
    connection = TelegramConnection.open(settings(api.bot().token()), client -> consumer);
  }

  @AfterEach
  void stop() {
    connection.close();
    api.close();
  }

  @Test
  void privateMessageReachesTheConsumerAndItsReplyIsRecorded() throws Exception {
    TelegramClient client = connection.client();
    consumer.reactWith(
        update ->
            client.execute(
                new SendMessage(
                    update.getMessage().getChatId().toString(),
                    "Echo: " + update.getMessage().getText())));

    api.queuePrivateMessage(USER, "When was the Berlin Wall built?");

    Update update = consumer.next(WAIT);
    RecordedCall reply =
        api.awaitCall(
            "sendMessage", call -> Long.toString(USER).equals(call.text("chat_id")), WAIT);
    assertEquals("When was the Berlin Wall built?", update.getMessage().getText());
    assertEquals("Echo: When was the Berlin Wall built?", reply.text("text"));
    assertTrue(reply.succeeded());
    consumer.assertNoFailures();
  }

  @Test
  void htmlMessageRoundTrips() throws TelegramApiException {
    Message sent =
        connection
            .client()
            .execute(
                SendMessage.builder()
                    .chatId(USER)
                    .parseMode("HTML")
                    .text("<b>13 August 1961</b>: border closed &amp; wired")
                    .build());

    RecordedCall call = api.awaitCall("sendMessage", WAIT);
    assertEquals("HTML", call.text("parse_mode"));
    assertEquals("<b>13 August 1961</b>: border closed &amp; wired", call.text("text"));
    assertEquals("13 August 1961: border closed & wired", sent.getText());
    assertEquals("bold", sent.getEntities().get(0).getType());
    assertEquals(14, sent.getEntities().get(0).getLength());
  }

  @Test
  void buttonPressIsAnsweredAndTheMessageEdited() throws Exception {
    TelegramClient client = connection.client();
    Message question =
        client.execute(
            SendMessage.builder()
                .chatId(USER)
                .text("Sources for 1961?")
                .replyMarkup(
                    InlineKeyboardMarkup.builder()
                        .keyboardRow(
                            new InlineKeyboardRow(
                                InlineKeyboardButton.builder()
                                    .text("More")
                                    .callbackData("more:1961")
                                    .build()))
                        .build())
                .build());
    consumer.reactWith(
        update -> {
          CallbackQuery press = update.getCallbackQuery();
          client.execute(
              AnswerCallbackQuery.builder().callbackQueryId(press.getId()).text("Loading").build());
          client.execute(
              EditMessageText.builder()
                  .chatId(press.getMessage().getChatId())
                  .messageId(press.getMessage().getMessageId())
                  .text("Sources: Keesing's, 1961")
                  .build());
        });

    String queryId =
        api.queueCallbackQuery(USER, USER, question.getMessageId(), "more:1961")
            .at("/callback_query/id")
            .asText();

    assertEquals("more:1961", consumer.next(WAIT).getCallbackQuery().getData());
    consumer.assertNoFailures();
    assertEquals("Loading", api.awaitCall("answerCallbackQuery", WAIT).text("text"));
    assertEquals(queryId, api.awaitCall("answerCallbackQuery", WAIT).text("callback_query_id"));
    RecordedCall edit = api.awaitCall("editMessageText", WAIT);
    assertEquals(Integer.toString(question.getMessageId()), edit.text("message_id"));
    assertEquals(
        "Sources: Keesing's, 1961",
        api.message(USER, question.getMessageId()).orElseThrow().path("text").asText());
  }

  @Test
  void inlineQueryIsAnsweredWithResults() throws Exception {
    TelegramClient client = connection.client();
    consumer.reactWith(
        update ->
            client.execute(
                AnswerInlineQuery.builder()
                    .inlineQueryId(update.getInlineQuery().getId())
                    .result(
                        InlineQueryResultArticle.builder()
                            .id("sputnik-1")
                            .title("Sputnik 1")
                            .inputMessageContent(
                                InputTextMessageContent.builder()
                                    .messageText("4 October 1957")
                                    .build())
                            .build())
                    .build()));

    api.queueInlineQuery(USER, "sputnik");

    assertEquals("sputnik", consumer.next(WAIT).getInlineQuery().getQuery());
    consumer.assertNoFailures();
    JsonNode results = api.awaitCall("answerInlineQuery", WAIT).json("results");
    assertEquals(1, results.size());
    assertEquals("article", results.at("/0/type").asText());
    assertEquals("sputnik-1", results.at("/0/id").asText());
    assertEquals("4 October 1957", results.at("/0/input_message_content/message_text").asText());
  }

  @Test
  void rateLimitSurfacesWithRetryAfterSoTheAdapterCanRetry() throws Exception {
    api.failNextWithTooManyRequests("sendMessage", 1);
    TelegramClient client = connection.client();
    SendMessage message = new SendMessage(Long.toString(USER), "Hello");

    TelegramApiRequestException limited =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(message));

    assertEquals(429, limited.getErrorCode());
    assertEquals(1, limited.getParameters().getRetryAfter());
    assertNotNull(client.execute(message), "the retry goes through");
  }

  @Test
  void asyncSendsFailWithTheSameException() throws TelegramApiException {
    api.failNextWithTooManyRequests("sendMessage", 3);

    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () ->
                connection
                    .client()
                    .executeAsync(new SendMessage(Long.toString(USER), "Hello"))
                    .get());

    assertEquals(
        3,
        assertInstanceOf(TelegramApiRequestException.class, failed.getCause())
            .getParameters()
            .getRetryAfter());
  }

  @Test
  void blockedUserSurfacesAsForbidden() {
    api.failNextWithBlockedByUser("sendMessage");

    TelegramApiRequestException blocked =
        assertThrows(
            TelegramApiRequestException.class,
            () -> connection.client().execute(new SendMessage(Long.toString(USER), "Hello")));

    assertEquals(403, blocked.getErrorCode());
    assertEquals("Forbidden: bot was blocked by the user", blocked.getApiResponse());
  }

  @Test
  void groupMigrationArrivesAndLaterSendsNameTheSupergroup() throws Exception {
    long oldGroup = -4001;
    api.queueMigrationToSupergroup(oldGroup, GROUP, USER);

    assertEquals(GROUP, consumer.next(WAIT).getMessage().getMigrateToChatId());
    TelegramApiRequestException migrated =
        assertThrows(
            TelegramApiRequestException.class,
            () -> connection.client().execute(new SendMessage(Long.toString(oldGroup), "Hello")));
    assertEquals(GROUP, migrated.getParameters().getMigrateToChatId());
  }

  @Test
  void setMyCommandsIsRecorded() throws TelegramApiException {
    connection
        .client()
        .execute(
            new SetMyCommands(
                List.of(
                    new BotCommand("ask", "Ask a Cold War history question"),
                    new BotCommand("sources", "How answers are sourced"))));

    JsonNode commands = api.awaitCall("setMyCommands", WAIT).json("commands");
    assertEquals("ask", commands.at("/0/command").asText());
    assertEquals("How answers are sourced", commands.at("/1/description").asText());
  }

  @Test
  void groupCommandAndMembershipChangeArriveByLongPolling() throws Exception {
    api.queueMyChatMember(GROUP, USER, "left", "member");
    api.queueGroupMessage(GROUP, USER, "/ask@HotlineBot What was Ostpolitik?");

    Update added = consumer.next(WAIT);
    Update command = consumer.next(WAIT);

    assertInstanceOf(ChatMemberMember.class, added.getMyChatMember().getNewChatMember());
    // getEntities() fills in each entity's text; isCommand() reads that text, so it is false until
    // then.
    assertEquals("/ask@HotlineBot", command.getMessage().getEntities().get(0).getText());
    assertTrue(command.getMessage().isCommand());
  }

  @Test
  void onlyTheRequestedUpdateTypesArrive() throws Exception {
    ObjectNode chatMember = JsonNodeFactory.instance.objectNode();
    chatMember.putObject("chat_member"); // not requested, and not sent by default either
    api.queueUpdate(chatMember);
    api.queuePrivateMessage(USER, "after");

    assertEquals("after", consumer.next(WAIT).getMessage().getText());
    JsonNode requested = api.awaitCall("getUpdates", WAIT).json("allowed_updates");
    assertTrue(requested.toString().contains("callback_query"), requested.toString());
    assertTrue(requested.toString().contains("my_chat_member"), requested.toString());
  }

  @Test
  void receivedUpdatesAreConfirmedByTheNextPoll() throws Exception {
    api.queuePrivateMessage(USER, "one");
    api.queuePrivateMessage(USER, "two");
    consumer.next(WAIT);
    consumer.next(WAIT);

    api.awaitHeldPoll(WAIT);

    assertEquals(0, api.unconfirmedUpdates());
  }

  @Test
  void pollingGoesOnAfterAPollTimesOutEmpty() throws Exception {
    connection.close();
    connection =
        TelegramConnection.open(
            settings(api.bot().token()).withPollTimeout(Duration.ofSeconds(1)), client -> consumer);

    RecordedCall emptyPoll =
        api.awaitCall("getUpdates", call -> "1".equals(call.text("timeout")), WAIT);
    api.queuePrivateMessage(USER, "still there?");

    assertTrue(emptyPoll.succeeded());
    assertEquals("still there?", consumer.next(WAIT).getMessage().getText());
  }

  @Test
  void closeCutsOffAHeldPollQuicklyAndQuietly() throws Exception {
    ListAppender<ILoggingEvent> libraryLog = captureLog(BotSession.class);
    // A reply leaves an idle outbound connection behind; the next poll must not borrow it.
    connection.client().execute(new SendMessage(Long.toString(USER), "Hello"));
    api.queuePrivateMessage(USER, "Bye");
    consumer.next(WAIT);
    api.awaitHeldPoll(WAIT);

    long started = System.nanoTime();
    connection.close();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "close took " + took);
    assertFalse(connection.isPolling());
    assertTrue(consumer.isClosed(), "the library closes the consumer");
    assertFalse(pollingThreadOutlives(Duration.ofSeconds(1)));
    assertEquals(
        List.of(),
        libraryLog.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList());
  }

  @Test
  void stopPollingEndsThePollButTheClientStillSends() throws Exception {
    api.awaitHeldPoll(WAIT);

    connection.stopPolling();

    assertFalse(connection.isPolling());
    assertTrue(consumer.isClosed(), "the library closes the consumer");
    assertFalse(pollingThreadOutlives(Duration.ofSeconds(1)));
    Message late =
        connection
            .client()
            .execute(new SendMessage(Long.toString(USER), "A reply still in flight"));
    assertEquals("A reply still in flight", late.getText());
  }

  @Test
  void openFailsWhenTheServerRefusesTheToken() {
    assertThrows(
        TelegramApiException.class,
        () ->
            TelegramConnection.open(
                settings("1:not-the-token"), client -> new RecordingConsumer()));
  }

  @Test
  void openFailsWhenNoServerListens() {
    FakeBotApi gone = FakeBotApi.start();
    gone.close();
    TelegramConnectionSettings nowhere =
        TelegramConnectionSettings.of("1:x", TelegramApiUrl.parse(gone.baseUrl()));

    assertThrows(
        TelegramApiException.class,
        () -> TelegramConnection.open(nowhere, client -> new RecordingConsumer()));
  }

  private TelegramConnectionSettings settings(String token) {
    return TelegramConnectionSettings.of(token, TelegramApiUrl.parse(api.baseUrl()));
  }

  /**
   * Whether a long-poll thread is still alive after {@code grace}: an executor reports itself
   * terminated a moment before its last thread has finished, and the name is the same JVM-wide.
   */
  private static boolean pollingThreadOutlives(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("telegram-long-poll") && thread.isAlive())) {
      if (System.nanoTime() > deadline) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private static ListAppender<ILoggingEvent> captureLog(Class<?> source) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(source)).addAppender(appender);
    return appender;
  }
}
