package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.store.Database;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.RecordedCall;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily posts on Telegram end to end: commands through the real telegrambots client and the fake
 * Bot API, subscriptions in a real SQLite database, and the scheduler ticked with a moved clock,
 * put together as the composition root does.
 */
class TelegramDailyPostsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long USER = 1962;
  private static final long ADMIN = 1917;
  private static final long GROUP = -1001962101962L;

  /** 07:00 in Berlin on the day the index has an event for. */
  private static final Instant MORNING = Instant.parse("2026-03-02T06:00:00Z");

  /** Just after 09:00 in Berlin. */
  private static final Instant NINE_IN_BERLIN = Instant.parse("2026-03-02T08:00:05Z");

  @TempDir static Path indexFolder;
  private static SmallIndex index;

  @TempDir Path dataFolder;

  private final MutableClock clock = new MutableClock(MORNING);
  private Database database;
  private DailyScheduler scheduler;
  private FakeBotApi api;
  private TelegramAdapter adapter;

  @BeforeAll
  static void buildIndex() throws IOException {
    index = SmallIndex.buildIn(indexFolder, Clock.systemUTC());
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  @BeforeEach
  void start() throws Exception {
    // As ChatRuntime builds them, with a clock the test moves.
    DailyWiring wiring = DailyWiring.build(index.answers(), dataFolder, clock);
    database = wiring.database();
    ChatService chat = wiring.chat();
    scheduler = wiring.scheduler();
    api = FakeBotApi.start();
    adapter =
        new TelegramAdapter(
            chat,
            TelegramConnectionSettings.of(api.bot().token(), TelegramApiUrl.parse(api.baseUrl())),
            clock,
            clock::advance,
            Duration.ofMillis(20));
    adapter.start();
    scheduler.register(Platform.TELEGRAM, adapter.poster());
    scheduler.recoverAfterRestart();
  }

  @AfterEach
  void stop() {
    adapter.close();
    api.close();
    database.close();
  }

  @Test
  void anAdministratorsSubscriptionPostsTheDaysEventsOnceAtNineInBerlin() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, ADMIN, "/daily_on 09:00 Europe/Berlin");
    assertThat(reply(GROUP, "Daily posts on")).contains("every day at 09:00 Europe/Berlin");

    assertThat(scheduler.tick().sent()).as("not yet 09:00 in Berlin").isZero();
    clock.set(NINE_IN_BERLIN);
    assertThat(scheduler.tick().sent()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(scheduler.tick().sent()).as("once a day").isZero();

    List<RecordedCall> posts = dailyPosts(GROUP);
    assertThat(posts).hasSize(1);
    RecordedCall post = posts.get(0);
    assertThat(post.succeeded()).isTrue();
    assertThat(post.text("parse_mode")).isEqualTo("HTML");
    assertThat(post.result().path("text").asText())
        .startsWith("📅 On this day: March 2")
        .contains("• March 2, 1969 — ")
        .contains("The Sino-Soviet Border War");
    assertThat(post.result().path("entities").findValuesAsText("url"))
        .contains(SmallIndex.BORDER_WAR_URL);
    assertThat(post.json("reply_parameters").isMissingNode())
        .as("a post of its own, not a reply")
        .isTrue();
  }

  @Test
  void dailyWithASpaceAsOnDiscordSubscribesAnswersStatusAndStops() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, USER, "/daily on 09:00 UTC");
    assertThat(reply(GROUP, "Chat admins only"))
        .contains("Only chat admins can")
        .doesNotContain("Daily posts on");

    api.queueGroupMessage(GROUP, ADMIN, "/daily on 09:00 UTC");
    assertThat(reply(GROUP, "Daily posts on")).contains("every day at 09:00 UTC");
    clock.set(Instant.parse("2026-03-02T08:59:00Z"));
    assertThat(scheduler.tick().sent()).as("not yet 09:00 UTC").isZero();
    clock.set(Instant.parse("2026-03-02T09:00:01Z"));
    assertThat(scheduler.tick().sent()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(scheduler.tick().sent()).as("once a day").isZero();
    assertThat(dailyPosts(GROUP)).hasSize(1);

    api.queueGroupMessage(GROUP, ADMIN, "/daily status");
    assertThat(reply(GROUP, "Last post: Monday 2 March 2026, 09:00 UTC"))
        .startsWith("ℹ️ Daily posts\n")
        .contains("Posts: every day at 09:00 UTC")
        .contains("Next post: Tuesday 3 March 2026, 09:00 UTC");
    api.queueGroupMessage(GROUP, ADMIN, "/daily off");
    assertThat(reply(GROUP, "Daily posts off"))
        .contains("A chat admin can turn them on again with /daily on.");
    clock.advance(Duration.ofDays(1));
    assertThat(scheduler.tick().sent()).as("off means off").isZero();
  }

  @Test
  void aBareDailyAnswersWithItsUsage() {
    api.queueGroupMessage(GROUP, USER, "/daily");

    assertThat(reply(GROUP, "How to use /daily"))
        .contains("/daily on [HH:mm] [time zone]")
        .contains("/daily off")
        .contains("/daily status");
  }

  @Test
  void aMemberWhoIsNotAnAdministratorIsRefusedButAnyoneMaySubscribeTheirPrivateChat() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, USER, "/daily_on 09:00 Europe/Berlin");
    assertThat(reply(GROUP, "Chat admins only")).doesNotContain("Daily posts on");

    api.queuePrivateMessage(USER, "/daily_on 09:00 Europe/Berlin");
    assertThat(reply(USER, "Daily posts on")).contains("every day at 09:00 Europe/Berlin");

    clock.set(NINE_IN_BERLIN);
    assertThat(scheduler.tick().sent()).isEqualTo(1);
    assertThat(dailyPosts(GROUP)).isEmpty();
    assertThat(dailyPosts(USER)).hasSize(1);
  }

  @Test
  void tooManyArgumentsShowHowToUseTheCommand() {
    api.setAdministrators(GROUP, ADMIN);
    api.queueGroupMessage(GROUP, ADMIN, "/daily_on 09:00 Europe/Berlin tomorrow");

    assertThat(reply(GROUP, "How to use /daily")).contains("/daily on [HH:mm] [time zone]");
    assertThat(api.calls("getChatMember"))
        .as("refused before the admin right is looked up")
        .isEmpty();
  }

  @Test
  void aBlockedPostStopsTheSubscriptionAndTheStatusSaysWhy() {
    api.queuePrivateMessage(USER, "/daily_on 09:00 Europe/Berlin");
    reply(USER, "Daily posts on");
    api.failNextWithBlockedByUser("sendMessage");

    clock.set(NINE_IN_BERLIN);
    DailyScheduler.TickReport report = scheduler.tick();

    assertThat(report.gone()).isEqualTo(1);
    assertThat(dailyPosts(USER)).extracting(RecordedCall::httpStatus).containsExactly(403);
    clock.advance(Duration.ofDays(1));
    assertThat(scheduler.tick().sent()).as("no post the next day either").isZero();
    // Writing to Hotline again means the user unblocked it, so the status can be answered.
    api.queuePrivateMessage(USER, "/daily_status");
    assertThat(reply(USER, "Posts: stopped"))
        .contains("Why: Forbidden: bot was blocked by the user");
  }

  @Test
  void floodControlOnThePostIsRetriedLaterNotWaitedOut() {
    api.queuePrivateMessage(USER, "/daily_on 09:00 Europe/Berlin");
    reply(USER, "Daily posts on");
    api.failNextWithTooManyRequests("sendMessage", 7);

    clock.set(NINE_IN_BERLIN);
    DailyScheduler.TickReport first = scheduler.tick();
    assertThat(first.retrying()).isEqualTo(1);
    assertThat(first.nextTick()).isEqualTo(NINE_IN_BERLIN.plusSeconds(7));

    clock.advance(Duration.ofSeconds(7));
    assertThat(scheduler.tick().sent()).isEqualTo(1);
    assertThat(dailyPosts(USER)).extracting(RecordedCall::httpStatus).containsExactly(429, 200);
  }

  @Test
  void aPostToAGroupThatBecameASupergroupGoesThereAndTheSubscriptionFollows() {
    long oldGroup = -4003;
    long supergroup = -1004003L;
    api.setAdministrators(oldGroup, ADMIN);
    api.queueGroupMessage(oldGroup, ADMIN, "/daily_on 09:00 Europe/Berlin");
    reply(oldGroup, "Daily posts on");
    api.failNextWithChatMigrated("sendMessage", supergroup);

    clock.set(NINE_IN_BERLIN);
    assertThat(scheduler.tick().sent()).isEqualTo(1);

    assertThat(dailyPosts(supergroup))
        .singleElement()
        .satisfies(post -> assertThat(post.succeeded()).isTrue());
    api.setAdministrators(supergroup, ADMIN);
    api.queueGroupMessage(supergroup, ADMIN, "/daily_status");
    assertThat(reply(supergroup, "Posts: every day at 09:00 Europe/Berlin"))
        .contains("Last post: Monday 2 March 2026");
  }

  /** The text of Hotline's message to {@code chatId} that contains {@code expected}, once sent. */
  private String reply(long chatId, String expected) {
    return api.awaitCall(
            "sendMessage",
            call ->
                call.succeeded()
                    && call.text("chat_id").equals(Long.toString(chatId))
                    && call.result().path("text").asText().contains(expected),
            WAIT)
        .result()
        .path("text")
        .asText();
  }

  private List<RecordedCall> dailyPosts(long chatId) {
    return api.calls("sendMessage").stream()
        .filter(call -> call.text("chat_id").equals(Long.toString(chatId)))
        .filter(call -> call.text("text").contains("On this day"))
        .toList();
  }
}
