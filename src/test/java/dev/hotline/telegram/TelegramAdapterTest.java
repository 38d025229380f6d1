package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.ServerSettings;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter end to end: the real telegrambots client long-polls the fake Bot API, and questions
 * are answered by the real chat service over a small real index.
 */
class TelegramAdapterTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Long enough for an ignored update to have been handled, had it been handled at all. */
  private static final Duration SETTLE = Duration.ofMillis(300);

  private static final long USER = 1962;
  private static final long OTHER_USER = 1963;
  private static final long ADMIN = 1917;
  private static final long GROUP = -1001962101962L;
  private static final String BORDER_WAR = "when did the border war happen?";

  @TempDir static Path folder;
  private static SmallIndex index;

  private final ManualClock clock = new ManualClock(Instant.parse("1969-03-02T12:00:00Z"));
  private final ClockSleeper sleeper = new ClockSleeper(clock);
  private final InMemorySettingsStore settings = new InMemorySettingsStore();
  private final RecordingLifecycle lifecycle = new RecordingLifecycle();
  private FakeBotApi api;
  private TelegramAdapter adapter;

  @BeforeAll
  static void buildIndex() throws IOException {
    index = SmallIndex.buildIn(folder, Clock.systemUTC());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    ChatService chat = new ChatService(index.answers(), settings, lifecycle, clock, "test");
    TelegramConnectionSettings connection =
        TelegramConnectionSettings.of(api.bot().token(), TelegramApiUrl.parse(api.baseUrl()));
    adapter = new TelegramAdapter(chat, connection, clock, sleeper, Duration.ofMillis(20));
    adapter.start();
  }

  @AfterEach
  void stop() {
    adapter.close();
    api.close();
    assertThat(api.calls())
        .as("every call Hotline made was accepted, its HTML included, or failed as scripted")
        .allSatisfy(
            call ->
                assertThat(
                        call.succeeded()
                            || call.httpStatus() == 403
                            || call.httpStatus() == 429
                            || call.response().path("parameters").has("migrate_to_chat_id"))
                    .as(call.toString())
                    .isTrue());
  }

  @Test
  void startLearnsTheBotsNameAndPublishesTheCommandMenu() {
    assertThat(adapter.connected()).isTrue();
    assertThat(api.calls("getMe")).hasSize(1);
    List<RecordedCall> menus = api.calls("setMyCommands");
    assertThat(menus)
        .extracting(call -> call.json("scope").path("type").asText())
        .containsExactly("default", "all_chat_administrators");
    assertThat(commandNames(menus.get(0)))
        .containsExactly("ask", "onthisday", "quiz", "leaderboard", "study", "about", "help");
    assertThat(commandNames(menus.get(1)))
        .contains(
            "ask", "settings", "settings_channel", "settings_visibility", "settings_cooldown");
  }

  @Test
  void aPrivateQuestionIsAnsweredWithTheYearAndItsSource() {
    int question = api.queuePrivateMessage(USER, BORDER_WAR).at("/message/message_id").asInt();

    RecordedCall answer = answerIn(USER);

    assertThat(answer.text("parse_mode")).isEqualTo("HTML");
    assertThat(answer.json("reply_parameters").path("message_id").asInt()).isEqualTo(question);
    String shown = answer.result().path("text").asText();
    assertThat(shown).contains("1969").contains("The Sino-Soviet Border War").contains(BORDER_WAR);
    assertThat(answer.result().path("entities").findValuesAsText("url"))
        .contains(SmallIndex.BORDER_WAR_URL);
    JsonNode buttons = answer.json("reply_markup").path("inline_keyboard").path(0);
    assertThat(buttons.path(0).path("callback_data").asText()).startsWith("another:");
    assertThat(buttons.path(1).path("url").asText()).isEqualTo(SmallIndex.BORDER_WAR_URL);
  }

  @Test
  void inAPrivateChatAskThenPlainTextTwoSecondsLaterAreBothAnswered() {
    api.queuePrivateMessage(USER, "/ask " + BORDER_WAR);
    assertThat(answerIn(USER).result().path("text").asText()).contains("1969");

    clock.advance(Duration.ofSeconds(2));
    api.queuePrivateMessage(USER, "and when was sputnik launched?");

    assertThat(
            api.awaitCall(
                    "sendMessage",
                    call ->
                        call.succeeded() && call.result().path("text").asText().contains("1957"),
                    WAIT)
                .text("chat_id"))
        .isEqualTo(Long.toString(USER));
  }

  @Test
  void aFollowUpFiveSecondsLaterIsReadWithTheQuestionBefore() {
    api.queuePrivateMessage(USER, BORDER_WAR);
    assertThat(answerIn(USER).result().path("text").asText()).contains("1969");

    clock.advance(Duration.ofSeconds(5));
    api.queuePrivateMessage(USER, "and when did it end?");

    String shown =
        api.awaitCall(
                "sendMessage",
                call ->
                    call.succeeded()
                        && call.result().path("text").asText().contains("question before"),
                WAIT)
            .result()
            .path("text")
            .asText();
    assertThat(shown).contains("border war").contains("1969");
  }

  @Test
  void theQuestionAfterABurstGetsTheCooldownNoticeAsAReplyInTheSameChat() {
    List<Integer> questions = new ArrayList<>();
    for (int i = 0; i <= ServerSettings.USER_BURST; i++) {
      questions.add(api.queuePrivateMessage(USER, BORDER_WAR).at("/message/message_id").asInt());
    }

    List<RecordedCall> replies = new ArrayList<>();
    for (int question : questions) {
      replies.add(
          api.awaitCall(
              "sendMessage",
              call ->
                  call.succeeded()
                      && call.json("reply_parameters").path("message_id").asInt() == question,
              WAIT));
    }

    assertThat(replies).extracting(call -> call.text("chat_id")).containsOnly(Long.toString(USER));
    assertThat(replies)
        .filteredOn(call -> call.result().path("text").asText().contains("1969"))
        .hasSize(ServerSettings.USER_BURST);
    assertThat(replies)
        .filteredOn(call -> call.result().path("text").asText().startsWith("⏳ One moment"))
        .singleElement()
        .satisfies(
            call -> assertThat(call.result().path("text").asText()).contains("Ask again in "));
  }

  @Test
  void onThisDayListsTheDaysEvents() {
    api.queuePrivateMessage(USER, "/onthisday March 2");

    String shown = answerIn(USER).result().path("text").asText();

    assertThat(shown)
        .startsWith("📅 On this day: March 2")
        .contains("• March 2, 1969 — ")
        .contains("The Sino-Soviet Border War");
  }

  @Test
  void inAGroupAMentionAndAReplyToTheBotAreAnswered() {
    int question =
        api.queueGroupMessage(GROUP, USER, "@HotlineBot " + BORDER_WAR)
            .at("/message/message_id")
            .asInt();

    RecordedCall answer = answerIn(GROUP);
    assertThat(answer.result().path("text").asText()).contains("1969");
    assertThat(answer.json("reply_parameters").path("message_id").asInt()).isEqualTo(question);

    clock.advance(Duration.ofSeconds(ServerSettings.DEFAULT_CHANNEL_COOLDOWN));
    int botMessage = answer.result().path("message_id").asInt();
    api.queueReplyToBotMessage(GROUP, OTHER_USER, botMessage, "and when was sputnik launched?");

    assertThat(
            api.awaitCall("sendMessage", call -> call.text("text").contains("1957"), WAIT)
                .text("chat_id"))
        .isEqualTo(Long.toString(GROUP));
  }

  @Test
  void aCommandForThisBotIsTakenAndOneForAnotherBotIsNot() throws InterruptedException {
    api.queueGroupMessage(GROUP, USER, "/ask@OtherBot " + BORDER_WAR);
    api.queueGroupMessage(
        GROUP, USER, "the border war was in 1969, wasn't it?"); // group talk, not for Hotline
    api.queueGroupMessage(GROUP, OTHER_USER, "/ask@HotlineBot when was sputnik launched?");

    assertThat(answerIn(GROUP).result().path("text").asText()).contains("1957");
    Thread.sleep(SETTLE.toMillis());
    assertThat(api.calls("sendMessage")).hasSize(1);
  }

  @Test
  void anInlineQueryOffersAnAnswerCardPerAlternative() {
    api.queueInlineQuery(USER, BORDER_WAR);

    RecordedCall offer = api.awaitCall("answerInlineQuery", WAIT);

    assertThat(offer.succeeded()).isTrue();
    JsonNode results = offer.json("results");
    assertThat(results.size()).isBetween(2, 10);
    assertThat(results.path(0).path("type").asText()).isEqualTo("article");
    JsonNode content = results.path(0).path("input_message_content");
    assertThat(content.path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(content.path("message_text").asText()).contains("1969");
    assertThat(results.path(0).path("reply_markup").toString()).contains(SmallIndex.BORDER_WAR_URL);
    assertThat(offer.text("is_personal")).isEqualTo("true");
  }

  @Test
  void anotherAnswerEditsTheMessageToTheNextAlternative() {
    api.queuePrivateMessage(USER, BORDER_WAR);
    RecordedCall answer = answerIn(USER);
    int messageId = answer.result().path("message_id").asInt();
    String data = answer.json("reply_markup").at("/inline_keyboard/0/0/callback_data").asText();
    String first = answer.result().path("text").asText();

    api.queueCallbackQuery(USER, USER, messageId, data);

    RecordedCall edit = api.awaitCall("editMessageText", WAIT);
    assertThat(edit.succeeded()).isTrue();
    assertThat(edit.text("message_id")).isEqualTo(Integer.toString(messageId));
    String second = api.message(USER, messageId).orElseThrow().path("text").asText();
    assertThat(first).contains("Answer 1 of ");
    assertThat(second).contains("Answer 2 of ").isNotEqualTo(first);
    assertThat(api.awaitCall("answerCallbackQuery", WAIT).succeeded()).isTrue();
  }

  @Test
  void floodControlIsWaitedOutAndTheAnswerStillArrives() {
    api.failNextWithTooManyRequests("sendMessage", 5);

    api.queuePrivateMessage(USER, BORDER_WAR);

    assertThat(answerIn(USER).result().path("text").asText()).contains("1969");
    assertThat(api.calls("sendMessage"))
        .extracting(RecordedCall::httpStatus)
        .containsExactly(429, 200);
    assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(5));
  }

  @Test
  void aForbiddenReplyDeactivatesTheChatUntilHotlineIsAddedAgain() throws InterruptedException {
    api.failNextWithBlockedByUser("sendMessage");
    api.queueGroupMessage(GROUP, USER, "@HotlineBot " + BORDER_WAR);

    lifecycle.await("gone " + GROUP + ": Forbidden: bot was blocked by the user", WAIT);
    clock.advance(Duration.ofSeconds(ServerSettings.DEFAULT_CHANNEL_COOLDOWN));
    api.queueGroupMessage(GROUP, OTHER_USER, "@HotlineBot when was sputnik launched?");
    Thread.sleep(SETTLE.toMillis());
    assertThat(api.calls("sendMessage")).as("nothing more is posted there").hasSize(1);

    api.queueMyChatMember(GROUP, ADMIN, "left", "member");
    clock.advance(Duration.ofSeconds(ServerSettings.DEFAULT_USER_COOLDOWN));
    api.queueGroupMessage(GROUP, OTHER_USER, "@HotlineBot when was sputnik launched?");
    assertThat(api.awaitCall("sendMessage", RecordedCall::succeeded, WAIT).text("text"))
        .contains("1957");
    assertThat(lifecycle.events()).hasSize(1);
  }

  @Test
  void aMigratedGroupsSettingsFollowItToTheSupergroup() throws InterruptedException {
    long oldGroup = -4001;
    long supergroup = -1004001L;
    api.setAdministrators(oldGroup, ADMIN);
    api.queueGroupMessage(oldGroup, ADMIN, "/settings_cooldown 0 0");
    api.awaitCall(
        "sendMessage", call -> call.text("text").contains("Cooldowns: none for a user"), WAIT);
    api.queueGroupMessage(oldGroup, ADMIN, "/settings_channel allow");
    api.awaitCall("sendMessage", call -> call.text("text").contains("Channels: " + oldGroup), WAIT);

    api.queueMigrationToSupergroup(oldGroup, supergroup, ADMIN);

    lifecycle.await("moved " + oldGroup + " -> " + supergroup, WAIT);
    ServerSettings moved = settings.find("telegram:" + supergroup).orElseThrow();
    assertThat(moved.userCooldownSeconds()).isZero();
    assertThat(moved.allowedChannels()).containsExactly(Long.toString(supergroup));
    api.queueGroupMessage(supergroup, USER, "@HotlineBot " + BORDER_WAR);
    assertThat(answerIn(supergroup).result().path("text").asText()).contains("1969");
  }

  @Test
  void aReplyRefusedBecauseTheGroupMovedGoesToTheSupergroupAndTheSettingsFollow()
      throws InterruptedException {
    long oldGroup = -4002;
    long supergroup = -1004002L;
    settings.save("telegram:" + oldGroup, new ServerSettings(null, Set.of(), false, 0, 0));
    api.failNextWithChatMigrated("sendMessage", supergroup);

    api.queueGroupMessage(oldGroup, USER, "@HotlineBot " + BORDER_WAR);

    assertThat(answerIn(supergroup).result().path("text").asText()).contains("1969");
    lifecycle.await("moved " + oldGroup + " -> " + supergroup, WAIT);
    assertThat(settings.find("telegram:" + supergroup))
        .map(ServerSettings::userCooldownSeconds)
        .contains(0);
    assertThat(settings.find("telegram:" + oldGroup)).isEmpty();
  }

  @Test
  void aPrivateAnswerToSomeoneHotlineCannotWriteToBecomesAHintInTheGroup() {
    settings.save("telegram:" + GROUP, new ServerSettings(null, Set.of(), true, 5, 2));
    api.failNextWithBlockedByUser("sendMessage");

    api.queueGroupMessage(GROUP, USER, "@HotlineBot " + BORDER_WAR);

    assertThat(answerIn(GROUP).result().path("text").asText())
        .contains("can't message you privately")
        .contains("@HotlineBot")
        .doesNotContain("1969");
    assertThat(api.calls("sendMessage").get(0).text("chat_id")).isEqualTo(Long.toString(USER));
  }

  @Test
  void closingStopsPolling() {
    adapter.close();

    assertThat(adapter.connected()).isFalse();
  }

  @Test
  void onlyGroupAdministratorsMayChangeSettingsAndPrivateAnswersGoToTheAsker() {
    api.setAdministrators(GROUP, ADMIN);

    api.queueGroupMessage(GROUP, USER, "/settings_visibility private");
    assertThat(answerIn(GROUP).result().path("text").asText())
        .contains("Chat admins only")
        .contains("Only chat admins can")
        .doesNotContain("server");
    assertThat(api.calls("getChatMember"))
        .extracting(call -> call.text("user_id"))
        .containsExactly(Long.toString(USER));

    api.queueGroupMessage(GROUP, ADMIN, "/settings_visibility private");
    api.awaitCall("sendMessage", call -> call.text("text").contains("private to the asker"), WAIT);

    api.queueGroupMessage(GROUP, OTHER_USER, "/ask " + BORDER_WAR);
    RecordedCall privately = answerIn(OTHER_USER);
    assertThat(privately.result().path("text").asText()).contains("1969");
  }

  @Test
  void anAnonymousAdministratorWritingAsTheGroupMayChangeSettings() {
    ObjectNode update = JsonNodeFactory.instance.objectNode();
    ObjectNode message =
        update
            .putObject("message")
            .put("message_id", 5000)
            .put("date", 1_795_000_000L) // date 0 would mean an inaccessible message
            .put("text", "/settings_cooldown 0 0");
    message
        .putObject("from")
        .put("id", 1087968824L)
        .put("is_bot", true)
        .put("first_name", "Group")
        .put("username", "GroupAnonymousBot");
    message.putObject("chat").put("id", GROUP).put("type", "supergroup").put("title", "Group");
    message
        .putObject("sender_chat")
        .put("id", GROUP)
        .put("type", "supergroup")
        .put("title", "Group");
    message
        .putArray("entities")
        .addObject()
        .put("type", "bot_command")
        .put("offset", 0)
        .put("length", 18);

    api.queueUpdate(update);

    assertThat(answerIn(GROUP).result().path("text").asText())
        .contains("Cooldowns: none for a user; none for a channel");
    assertThat(api.calls("getChatMember")).isEmpty();
  }

  @Test
  void helpNamesTheCommandsAsTheyAreTypedInTelegram() {
    api.queuePrivateMessage(USER, "/start");

    String shown = answerIn(USER).result().path("text").asText();

    assertThat(shown)
        .contains("/settings_cooldown user-seconds channel-seconds")
        .contains("@HotlineBot")
        .doesNotContain("settings-")
        .doesNotContain("moderator_role");
  }

  private RecordedCall answerIn(long chatId) {
    return api.awaitCall(
        "sendMessage",
        call -> call.succeeded() && Long.toString(chatId).equals(call.text("chat_id")),
        WAIT);
  }

  private static List<String> commandNames(RecordedCall setMyCommands) {
    List<String> names = new ArrayList<>();
    setMyCommands.json("commands").forEach(command -> names.add(command.path("command").asText()));
    return names;
  }
}
