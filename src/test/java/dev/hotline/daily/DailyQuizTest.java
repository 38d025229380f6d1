package dev.hotline.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.DailyFeature;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizCard;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily quiz on the daily posts' claim, as ChatRuntime wires it over a database file, on a
 * clock the test moves: once a local day through restarts and a crash, caught up once, and revealed
 * once when its time is up.
 */
class DailyQuizTest {
  @TempDir Path dir;

  private static final ChatPlace GENERAL = new ChatPlace(Platform.DISCORD, "guild", "general");
  private static final ChatUser ADMIN = new ChatUser("1", "archivist", true, Set.of());

  /** 07:00 in Paris. */
  private static final Instant MORNING = Instant.parse("2026-11-27T06:00:00Z");

  /** 09:00 in Paris (CET). */
  private static final Instant NINE = Instant.parse("2026-11-27T08:00:00Z");

  private final MutableClock clock = new MutableClock(MORNING);
  private final List<Posted> posted = new ArrayList<>();
  private final List<String> revealed = new ArrayList<>();
  private Function<QuizCard, PostOutcome> platform = card -> PostOutcome.sent();
  private DailyWiring wiring;

  private record Posted(ChatPlace place, QuizCard card, String key, Instant at) {}

  @AfterEach
  void close() {
    wiring.close();
  }

  /** Hotline starts (again) on the same database file at the clock's time. */
  private void start() {
    if (wiring != null) {
      wiring.close();
    }
    wiring = DailyWiring.build(BundledIndex.bundled(), dir, clock);
    wiring
        .scheduler()
        .registerQuizzes(
            Platform.DISCORD,
            (place, card, key) -> {
              posted.add(new Posted(place, card, key, clock.instant()));
              PostOutcome outcome = platform.apply(card);
              if (outcome instanceof PostOutcome.Sent) {
                wiring.quizzes().posted(card.roundId(), "message-" + posted.size());
              }
              return outcome;
            });
    wiring
        .quizzes()
        .register(
            Platform.DISCORD,
            (place, ref, card) ->
                revealed.add(ref + " " + card.outcome().orElseThrow().answered() + " answered"));
    wiring.scheduler().recoverAfterRestart();
  }

  private int tickAt(Instant at) {
    clock.set(at);
    return wiring.scheduler().tick().sent();
  }

  private ChatReply.Notice moderator(ChatCommand command) {
    return (ChatReply.Notice) wiring.chat().handle(ADMIN, GENERAL, command);
  }

  @Test
  void postedOnceAtNineInParisThroughARestartAndRevealedOnce() {
    start();
    ChatReply.Notice on =
        moderator(
            new ChatCommand.DailyOn(
                Optional.of("09:00"), Optional.of("Europe/Paris"), DailyFeature.QUIZ));
    assertThat(on.title()).isEqualTo("Daily quiz on");
    assertThat(on.lines()).contains("Quiz: every day at 09:00 Europe/Paris");

    assertThat(tickAt(NINE.minusSeconds(1))).isZero();
    assertThat(tickAt(NINE)).isEqualTo(1);
    assertThat(posted).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("1-20261127"));
    QuizCard card = posted.get(0).card();
    assertThat(card.heading()).isEqualTo("Daily quiz");
    assertThat(card.closesAt()).isEqualTo(NINE.plusSeconds(30));

    clock.set(NINE.plusSeconds(10));
    start();
    assertThat(tickAt(NINE.plusSeconds(10))).as("not again after a restart").isZero();
    assertThat(tickAt(NINE.plus(Duration.ofHours(14)))).isZero();

    clock.set(NINE.plusSeconds(30));
    wiring.quizzes().revealDue();
    start();
    wiring.quizzes().revealDue();
    assertThat(revealed).containsExactly("message-1 0 answered");

    assertThat(tickAt(NINE.plus(Duration.ofDays(1)))).isEqualTo(1);
    assertThat(posted).extracting(Posted::key).containsExactly("1-20261127", "1-20261128");
    assertThat(posted.get(1).card().question() + posted.get(1).card().choices())
        .as("not yesterday's quiz again")
        .isNotEqualTo(card.question() + card.choices());
    assertThat(moderator(new ChatCommand.DailyStatus(DailyFeature.QUIZ)).lines())
        .contains("Last quiz: Saturday 28 November 2026, 09:00 CET");
  }

  @Test
  void aCrashWhileThePlatformHasTheQuizNeverPostsThatDayAgain() {
    start();
    moderator(new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("UTC"), DailyFeature.QUIZ));
    platform =
        card -> {
          throw new SimulatedCrash();
        };
    assertThatThrownBy(() -> tickAt(Instant.parse("2026-11-27T09:00:00Z")))
        .isInstanceOf(SimulatedCrash.class);
    platform = card -> PostOutcome.sent();

    clock.set(Instant.parse("2026-11-27T09:05:00Z"));
    start();
    assertThat(tickAt(Instant.parse("2026-11-27T09:05:00Z"))).isZero();
    assertThat(wiring.store().delivery(1, LocalDate.parse("2026-11-27")).orElseThrow().state())
        .isEqualTo(DeliveryState.UNCONFIRMED);
    assertThat(tickAt(Instant.parse("2026-11-28T09:00:00Z"))).isEqualTo(1);
    assertThat(posted).extracting(Posted::key).containsExactly("1-20261127", "1-20261128");
  }

  @Test
  void downtimeOverTheQuizTimeIsCaughtUpOnceOnStart() {
    start();
    moderator(new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("UTC"), DailyFeature.QUIZ));
    tickAt(Instant.parse("2026-11-27T08:30:00Z"));
    clock.set(Instant.parse("2026-11-27T15:00:00Z"));
    start();
    assertThat(tickAt(Instant.parse("2026-11-27T15:00:00Z"))).isEqualTo(1);
    start();
    assertThat(tickAt(Instant.parse("2026-11-27T16:00:00Z"))).isZero();
    assertThat(posted)
        .singleElement()
        .satisfies(p -> assertThat(p.at()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z")));
  }

  @Test
  void thePostsAndTheQuizOfOnePlaceGoSideBySideAndQuizzesOffSkipsTheQuiz() {
    start();
    List<String> dayPosts = new ArrayList<>();
    wiring
        .scheduler()
        .register(
            Platform.DISCORD,
            (place, card, key) -> {
              dayPosts.add(key);
              return PostOutcome.sent();
            });
    moderator(new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("UTC")));
    moderator(new ChatCommand.DailyOn(Optional.of("09:00"), Optional.of("UTC"), DailyFeature.QUIZ));
    assertThat(tickAt(Instant.parse("2026-11-27T09:00:00Z"))).isEqualTo(2);
    assertThat(dayPosts).containsExactly("1-20261127");
    assertThat(posted).extracting(Posted::key).containsExactly("2-20261127");

    moderator(new ChatCommand.QuizSwitch(false));
    assertThat(tickAt(Instant.parse("2026-11-28T09:00:00Z"))).isEqualTo(1);
    assertThat(posted).hasSize(1);
    assertThat(wiring.store().delivery(2, LocalDate.parse("2026-11-28")).orElseThrow().state())
        .isEqualTo(DeliveryState.SKIPPED);

    moderator(new ChatCommand.DailyOff(DailyFeature.QUIZ));
    assertThat(moderator(new ChatCommand.DailyStatus()).lines())
        .as("the posts stay on")
        .contains("Posts: every day at 09:00 UTC");
  }

  /** Stands for the process dying: not an exception the scheduler would catch. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash");
    }
  }
}
