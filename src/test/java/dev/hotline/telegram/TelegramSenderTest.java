package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hotline.chat.ChatPlace;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The sender against the fake Bot API with the real client: flood control, blocks and migrations.
 */
class TelegramSenderTest {

  private static final long USER = 1962;
  private static final long OLD_GROUP = -4001;
  private static final long SUPERGROUP = -1004001L;

  private final ManualClock clock = new ManualClock(Instant.parse("1969-03-02T00:00:00Z"));
  private final ClockSleeper sleeper = new ClockSleeper(clock);
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final ChatRegistry chats =
      new ChatRegistry(
          new ChatRegistry.Listener() {
            @Override
            public void gone(ChatPlace place, String reason) {
              heard.add("gone " + place.channelId() + ": " + reason);
            }

            @Override
            public void moved(ChatPlace from, ChatPlace to) {
              heard.add("moved " + from.channelId() + " -> " + to.channelId());
            }
          });
  private FakeBotApi api;
  private OkHttpClient http;
  private TelegramSender sender;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    http = new OkHttpClient();
    sender = senderTo(api.port());
  }

  @AfterEach
  void stop() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    api.close();
  }

  @Test
  void aFloodWaitIsSleptOutOnTheInjectedSleeperAndTheMessageGoesThrough() {
    api.failNextWithTooManyRequests("sendMessage", 3);

    Optional<Message> sent = sender.send(new SendMessage(Long.toString(USER), "Zhenbao, 1969"));

    assertThat(sent).map(Message::getText).contains("Zhenbao, 1969");
    assertThat(api.calls("sendMessage"))
        .extracting(RecordedCall::httpStatus)
        .containsExactly(429, 200);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void callsOutsideAChatAreRetriedToo() {
    String queryId =
        api.queueCallbackQuery(USER, USER, 1, "another:x").at("/callback_query/id").asText();
    api.failNextWithTooManyRequests("answerCallbackQuery", 2);

    Optional<Boolean> answered =
        sender.call(AnswerCallbackQuery.builder().callbackQueryId(queryId).build());

    assertThat(answered).contains(true);
    assertThat(api.calls("answerCallbackQuery"))
        .extracting(RecordedCall::httpStatus)
        .containsExactly(429, 200);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void floodControlThatDoesNotLetUpEndsInNothingSent() {
    for (int i = 0; i < TelegramSender.MAX_ATTEMPTS; i++) {
      api.failNextWithTooManyRequests("sendMessage", 1);
    }

    assertThat(sender.send(new SendMessage(Long.toString(USER), "x"))).isEmpty();
    assertThat(api.calls("sendMessage")).hasSize(TelegramSender.MAX_ATTEMPTS);
  }

  @Test
  void aBlockMarksTheChatGoneOnceAndNothingMoreIsSentThere() {
    api.failNextWithBlockedByUser("sendMessage");

    assertThat(sender.send(new SendMessage(Long.toString(USER), "one"))).isEmpty();
    assertThat(sender.send(new SendMessage(Long.toString(USER), "two"))).isEmpty();

    assertThat(heard).containsExactly("gone 1962: Forbidden: bot was blocked by the user");
    assertThat(api.calls("sendMessage")).hasSize(1);
    chats.alive(USER);
    assertThat(sender.send(new SendMessage(Long.toString(USER), "three"))).isPresent();
  }

  @Test
  void aMigratedGroupIsFollowedToItsSupergroup() {
    api.queueMigrationToSupergroup(
        OLD_GROUP, SUPERGROUP, USER); // from now on the old id is refused

    Optional<Message> sent =
        sender.send(new SendMessage(Long.toString(OLD_GROUP), "after the move"));
    Optional<Message> later = sender.send(new SendMessage(Long.toString(OLD_GROUP), "and later"));

    assertThat(sent).map(Message::getChatId).contains(SUPERGROUP);
    assertThat(later).map(Message::getChatId).contains(SUPERGROUP);
    assertThat(heard).containsExactly("moved -4001 -> -1004001");
    assertThat(api.calls("sendMessage"))
        .extracting(call -> call.text("chat_id"))
        .containsExactly("-4001", "-1004001", "-1004001");
    assertThat(
            sender.edit(EditMessageText.builder().chatId(OLD_GROUP).messageId(1).text("x").build()))
        .as("messages of the old group cannot be edited through the new one")
        .isFalse();
  }

  @Test
  void aServerThatCannotBeReachedIsLoggedWithoutTheToken() {
    api.close();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    ((Logger) LoggerFactory.getLogger(TelegramSender.class)).addAppender(log);

    assertThat(sender.send(new SendMessage(Long.toString(USER), "x"))).isEmpty();

    assertThat(log.list).isNotEmpty();
    assertThat(log.list)
        .allSatisfy(
            event ->
                assertThat(event.getFormattedMessage())
                    .doesNotContain(api.bot().token())
                    .doesNotContain("AAFakeToken"));
  }

  private TelegramSender senderTo(int port) {
    OkHttpTelegramClient client =
        new OkHttpTelegramClient(
            http, api.bot().token(), new TelegramUrl("http", "127.0.0.1", port, false));
    return new TelegramSender(
        client, new SendPacer(clock, sleeper), sleeper, chats, api.bot().token());
  }
}
