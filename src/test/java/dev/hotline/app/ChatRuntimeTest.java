package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SettingChange;
import dev.hotline.cli.Services;
import dev.hotline.daily.PostOutcome;
import dev.hotline.store.StoreException;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.MutableClock;
import dev.hotline.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat layer wired to its database and daily posts, as a bot command runs it. */
class ChatRuntimeTest {
  @TempDir Path dir;

  private static final ChatUser ADMIN = new ChatUser("1", "admin", true, Set.of());
  private static final ChatPlace CHANNEL = new ChatPlace(Platform.DISCORD, "guild", "general");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-10-22T05:00:00Z"));
  private Services.OpenIndex index;

  @BeforeEach
  void openIndex() throws Exception {
    index = new Hotline(TestCorpus.CLOCK).open(TestCorpus.index(dir.resolve("corpus")));
  }

  @AfterEach
  void closeIndex() throws Exception {
    index.close();
  }

  private ChatRuntime open() {
    return ChatRuntime.open(
        dir.resolve("data/hotline.db"),
        index.answers(),
        dev.hotline.chat.ChatMetrics.NONE,
        clock,
        "test");
  }

  @Test
  void settingsAndDailyPostsSurviveARestart() {
    try (ChatRuntime runtime = open()) {
      runtime
          .chat()
          .handle(
              ADMIN,
              CHANNEL,
              new ChatCommand.ChangeSettings(new SettingChange.PrivateAnswers(true)));
      runtime
          .chat()
          .handle(
              ADMIN,
              CHANNEL,
              new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("Europe/Paris")));
    }
    try (ChatRuntime runtime = open()) {
      assertThat(runtime.chat().settingsOf(CHANNEL).privateAnswers()).isTrue();
      ChatReply.Notice status =
          (ChatReply.Notice) runtime.chat().handle(ADMIN, CHANNEL, new ChatCommand.DailyStatus());
      assertThat(status.lines())
          .contains(
              "Posts: every day at 09:00 Europe/Paris",
              "Next post: Thursday 22 October 2026, 09:00 CEST",
              "Last post: none yet");
    }
  }

  @Test
  void theRunnerPostsTheDaysEventsAndStopsCleanly() throws Exception {
    List<DayCard> posted = new CopyOnWriteArrayList<>();
    CountDownLatch one = new CountDownLatch(1);
    try (ChatRuntime runtime = open()) {
      runtime
          .chat()
          .handle(
              ADMIN,
              CHANNEL,
              new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("Europe/Paris")));
      clock.set(Instant.parse("2026-10-22T07:00:00Z"));
      runtime.registerPoster(
          Platform.DISCORD,
          (place, card, key) -> {
            posted.add(card);
            one.countDown();
            return PostOutcome.sent();
          });
      runtime.startDailyPosts();
      assertThat(one.await(20, TimeUnit.SECONDS))
          .as("the runner's first tick posts what is due")
          .isTrue();
    }
    assertThat(posted)
        .singleElement()
        .satisfies(
            card ->
                assertThat(card.events())
                    .anySatisfy(e -> assertThat(e.sentence()).contains("October 22, 1962")));
  }

  /** The runner that ticks the scheduler also reveals quizzes, and a new round wakes it. */
  @Test
  void theRunnerRevealsAQuizOnceItsTimeIsUp() throws Exception {
    List<String> revealed = new CopyOnWriteArrayList<>();
    CountDownLatch shown = new CountDownLatch(1);
    try (ChatRuntime runtime =
        ChatRuntime.open(
            dir.resolve("data/hotline.db"),
            BundledIndex.bundled(),
            dev.hotline.chat.ChatMetrics.NONE,
            clock,
            "test",
            new java.util.Random(8))) {
      runtime.registerQuizzes(
          Platform.DISCORD,
          (place, card, key) -> PostOutcome.sent(),
          (place, ref, card) -> {
            revealed.add(ref + " " + card.outcome().orElseThrow().answered());
            shown.countDown();
          });
      runtime.startDailyPosts();
      var quiz =
          (ChatReply.QuizReply)
              runtime.chat().handle(ADMIN, CHANNEL, new ChatCommand.Quiz("berlin"));
      runtime.chat().quizzes().posted(quiz.card().roundId(), "message-1");
      clock.set(quiz.card().closesAt());
      // Another round opening wakes the runner, which finds the first one's time up.
      runtime.chat().handle(ADMIN, CHANNEL, new ChatCommand.Quiz("cuba"));
      assertThat(shown.await(20, TimeUnit.SECONDS)).as("revealed by the runner").isTrue();
    }
    assertThat(revealed).containsExactly("message-1 0");
  }

  @Test
  void aDamagedDatabaseStopsTheStartWithItsName() throws Exception {
    Path file = Files.createDirectories(dir.resolve("data")).resolve("hotline.db");
    Files.writeString(
        file, "this is not a database, it is a shopping list: eggs, milk, bread ".repeat(100));
    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString());
  }
}
