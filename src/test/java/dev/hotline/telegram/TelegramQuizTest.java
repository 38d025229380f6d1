package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Platform;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.quiz.Round;
import dev.hotline.store.SqlQuizStore;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.FakeBotIdentity;
import dev.hotline.telegram.fake.RecordedCall;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quizzes on Telegram end to end: commands and poll answers through the real telegrambots client
 * and the fake Bot API, quizzes and scores in a real SQLite database, and time moved by hand.
 */
class TelegramQuizTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long ANNA = 1961;
  private static final long BORIS = 1962;
  private static final long CLARA = 1963;
  private static final long ADMIN = 1917;
  private static final long GROUP = -1001961081300L;

  /** 07:00 in Berlin. */
  private static final Instant MORNING = Instant.parse("2026-03-02T06:00:00Z");

  @TempDir Path dataFolder;

  private final MutableClock clock = new MutableClock(MORNING);
  private DailyWiring wiring;
  private SqlQuizStore quizStore;
  private FakeBotApi api;
  private TelegramAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    wiring = DailyWiring.build(BundledIndex.bundled(), dataFolder, clock);
    quizStore = new SqlQuizStore(wiring.database());
    // The fake closes polls by the same clock: a poll's open period ends when the test says so.
    api = FakeBotApi.start(FakeBotIdentity.named("HotlineBot"), clock);
    adapter =
        new TelegramAdapter(
            wiring.chat(),
            TelegramConnectionSettings.of(api.bot().token(), TelegramApiUrl.parse(api.baseUrl())),
            clock,
            clock::advance,
            Duration.ofMillis(20));
    adapter.start();
    wiring.quizzes().register(Platform.TELEGRAM, adapter.quizRevealer());
    wiring.scheduler().registerQuizzes(Platform.TELEGRAM, adapter.quizPoster());
    wiring.scheduler().recoverAfterRestart();
  }

  @AfterEach
  void stop() {
    adapter.close();
    api.close();
    wiring.close();
    assertThat(api.calls())
        .as("every call Hotline made was accepted")
        .allSatisfy(call -> assertThat(call.succeeded()).as(call.toString()).isTrue());
  }

  @Test
  void aQuizInAGroupIsANativeQuizPollAndEachMembersAnswerScoresOnce() {
    int command =
        api.queueGroupMessage(GROUP, ANNA, "/quiz topic:berlin").at("/message/message_id").asInt();

    RecordedCall poll = api.awaitCall("sendPoll", WAIT);
    assertThat(poll.text("type")).isEqualTo("quiz");
    assertThat(poll.json("is_anonymous").asBoolean(true))
        .as("answers must reach Hotline")
        .isFalse();
    assertThat(poll.json("open_period").asInt()).isEqualTo(30);
    assertThat(poll.json("reply_parameters").path("message_id").asInt()).isEqualTo(command);
    assertThat(poll.text("question")).hasSizeLessThanOrEqualTo(300);
    assertThat(poll.json("options")).hasSize(4);
    assertThat(poll.json("options").findValuesAsText("text"))
        .allSatisfy(option -> assertThat(option).hasSizeBetween(1, 100));
    assertThat(poll.json("correct_option_ids")).hasSize(1);
    int correct = poll.json("correct_option_ids").get(0).asInt();
    String pollId = poll.result().at("/poll/id").asText();
    await(() -> quizStore.roundByRef("TELEGRAM", pollId).isPresent());
    Round round = quizStore.roundByRef("TELEGRAM", pollId).orElseThrow();
    assertThat(correct).isEqualTo(round.question().correct());
    assertThat(poll.text("explanation"))
        .hasSizeLessThanOrEqualTo(200)
        .contains(round.question().dateWords())
        .contains(round.question().source().title().substring(0, 20));
    assertThat(poll.text("question") + poll.text("explanation")).containsIgnoringCase("berlin");

    api.queuePollAnswer(pollId, ANNA, correct);
    api.queuePollAnswer(pollId, BORIS, (correct + 1) % 4);
    api.queuePollAnswer(pollId, CLARA, correct);
    await(() -> answered(round, ANNA, BORIS, CLARA));

    clock.set(round.revealAt());
    wiring.quizzes().revealDue();
    assertThat(quizStore.round(round.id()).orElseThrow().revealedAt()).isPresent();
    wiring.quizzes().revealDue();

    api.queueGroupMessage(GROUP, BORIS, "/leaderboard");
    RecordedCall board = awaitMessage(GROUP, "Leaderboard");
    String shown = board.result().path("text").asText();
    assertThat(shown)
        .contains("1. user1961 — 1 right of 1")
        .contains("1. user1963 — 1 right of 1")
        .contains("3. user1962 — 0 right of 1")
        .doesNotContain("@");
    assertThat(board.result().path("entities").findValuesAsText("type"))
        .as("no name is a mention")
        .doesNotContain("mention", "text_mention");

    api.queuePrivateMessage(ANNA, "/quiz stats");
    assertThat(awaitMessage(ANNA, "Your quiz score").result().path("text").asText())
        .as("scores belong to the group they were won in")
        .contains("You have not answered a quiz in this chat yet");
  }

  @Test
  void chatAdminsSetTheAnswerTimeAndMembersCannot() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, ANNA, "/quiz time 60");
    awaitMessage(GROUP, "Chat admins only");
    api.queueGroupMessage(GROUP, ADMIN, "/quiz time 60");
    awaitMessage(GROUP, "take answers for 60 s");

    api.queueGroupMessage(GROUP, ANNA, "/quiz");
    assertThat(api.awaitCall("sendPoll", WAIT).json("open_period").asInt()).isEqualTo(60);
  }

  @Test
  void practiceInAPrivateChatSendsTheNextQuestionAfterEachAnswer() {
    api.queuePrivateMessage(ANNA, "/study");
    RecordedCall first = api.awaitCall("sendPoll", WAIT);
    assertThat(first.text("chat_id")).isEqualTo(Long.toString(ANNA));
    assertThat(first.json("open_period").isMissingNode())
        .as("practice waits for its one answer")
        .isTrue();

    String firstPoll = first.result().at("/poll/id").asText();
    await(() -> quizStore.roundByRef("TELEGRAM", firstPoll).isPresent());
    api.queuePollAnswer(firstPoll, ANNA, first.json("correct_option_ids").get(0).asInt());
    RecordedCall second =
        api.awaitCall(
            "sendPoll", call -> !call.result().at("/poll/id").asText().equals(firstPoll), WAIT);
    assertThat(second.text("chat_id")).isEqualTo(Long.toString(ANNA));

    api.queuePrivateMessage(ANNA, "/study stop");
    assertThat(awaitMessage(ANNA, "Practice stopped").result().path("text").asText())
        .contains("This session: 1 right of 1.");
  }

  @Test
  void theDailyQuizIsPostedAsAPollOnceAtItsTime() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, ADMIN, "/quiz daily on 09:00 Europe/Berlin");
    assertThat(awaitMessage(GROUP, "Daily quiz on").result().path("text").asText())
        .contains("Quiz: every day at 09:00 Europe/Berlin");

    DailyScheduler scheduler = wiring.scheduler();
    assertThat(scheduler.tick().sent()).isZero();
    clock.set(Instant.parse("2026-03-02T08:00:00Z"));
    assertThat(scheduler.tick().sent()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(scheduler.tick().sent()).isZero();

    List<RecordedCall> polls = api.calls("sendPoll");
    assertThat(polls).singleElement();
    assertThat(polls.get(0).text("chat_id")).isEqualTo(Long.toString(GROUP));
    assertThat(polls.get(0).json("reply_parameters").isMissingNode()).isTrue();
    String pollId = polls.get(0).result().at("/poll/id").asText();
    assertThat(quizStore.roundByRef("TELEGRAM", pollId)).isPresent();
  }

  private boolean answered(Round round, long... users) {
    for (long user : users) {
      if (quizStore.choiceOf(round.id(), Long.toString(user)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Waits for what the adapter does with an update that makes no call of its own. */
  private static void await(BooleanSupplier done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not done within " + WAIT);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // the workers, not time
    }
  }

  private RecordedCall awaitMessage(long chatId, String expected) {
    return api.awaitCall(
        "sendMessage",
        call ->
            call.succeeded()
                && call.text("chat_id").equals(Long.toString(chatId))
                && call.result().path("text").asText().contains(expected),
        WAIT);
  }
}
