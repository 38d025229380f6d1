package dev.hotline.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds in places: one answer each, revealed once on time, scores on the place's board. */
class QuizMasterTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
  private static final QuizPlace GENERAL =
      new QuizPlace("DISCORD", "guild", "general", "discord:guild");
  private static final QuizPlace HISTORY =
      new QuizPlace("DISCORD", "guild", "history", "discord:guild");
  private static final Set<String> DISCORD = Set.of("DISCORD");
  private static final Player ANNA = new Player("1", "anna");
  private static final Player BORIS = new Player("2", "boris");

  @Test
  void answersLockInUntilTheRevealWhichScoresTheBoardOnce() {
    try (QuizWorld world = new QuizWorld(dir, T0)) {
      Round round = ask(world, GENERAL);
      int right = round.question().correct();
      int wrong = (right + 1) % 4;
      assertThat(world.master.vote(round.id(), ANNA, right))
          .isEqualTo(new Vote.LockedIn(round, right));
      assertThat(world.master.vote(round.id(), ANNA, wrong))
          .isEqualTo(new Vote.AlreadyIn(round, right));
      world.clock.advance(Duration.ofSeconds(29));
      assertThat(world.master.vote(round.id(), BORIS, wrong)).isInstanceOf(Vote.LockedIn.class);
      assertThat(world.master.revealDue(DISCORD)).isEmpty();
      assertThat(world.master.nextReveal(DISCORD)).contains(T0.plusSeconds(30));

      world.clock.advance(Duration.ofSeconds(1));
      assertThat(world.master.vote(round.id(), new Player("3", "clara"), right))
          .as("a click at the reveal time is too late")
          .isInstanceOf(Vote.TooLate.class);
      List<Revealed> revealed = world.master.revealDue(DISCORD);
      assertThat(revealed).hasSize(1);
      assertThat(revealed.get(0).tally()).isEqualTo(new Tally(2, 1));
      assertThat(world.master.revealDue(DISCORD)).isEmpty();
      world.restart();
      assertThat(world.master.revealDue(DISCORD)).isEmpty();
      assertThat(world.master.leaderboard("discord:guild", 10))
          .containsExactly(new Score("1", "anna", 1, 1), new Score("2", "boris", 0, 1));
      assertThat(world.master.vote(round.id(), BORIS, right)).isInstanceOf(Vote.TooLate.class);
      assertThat(world.master.vote(999, BORIS, right)).isInstanceOf(Vote.Unknown.class);
      assertThat(world.master.vote(round.id(), BORIS, 4)).isInstanceOf(Vote.Unknown.class);
    }
  }

  @Test
  void aPlaceNeverGetsTheSameEventTwiceInARow() {
    try (QuizWorld world = new QuizWorld(dir, T0)) {
      // An article with ten key events: the twenty-quiz memory cannot hold them all apart.
      QuizFilter austria = QuizFilter.parse("Austrian State Treaty");
      String last = "";
      for (int i = 0; i < 40; i++) {
        Quiz quiz = world.master.plan(GENERAL, austria).orElseThrow();
        assertThat(quiz.subject().id()).isNotEqualTo(last);
        last = quiz.subject().id();
        world.master.open(GENERAL, quiz, Origin.ASKED, Duration.ofSeconds(30));
      }
      // Another place has its own memory.
      Quiz elsewhere = world.master.plan(HISTORY, austria).orElseThrow();
      assertThat(elsewhere).isNotNull();
    }
  }

  @Test
  void aFilterWithOneEventGivesNoSecondQuizInARow() {
    try (QuizWorld world = new QuizWorld(dir, T0)) {
      QuizFilter one = QuizFilter.parse("Peter Fechter");
      assertThat(world.master.pool().subjects(one)).hasSize(1);
      Quiz quiz = world.master.plan(GENERAL, one).orElseThrow();
      world.master.open(GENERAL, quiz, Origin.ASKED, Duration.ofSeconds(30));
      assertThat(world.master.plan(GENERAL, one)).isEmpty();
      assertThat(world.master.plan(HISTORY, one)).isPresent();
    }
  }

  @Test
  void aSoloRoundIsRevealedByItsAnswer() {
    try (QuizWorld world = new QuizWorld(dir, T0)) {
      QuizPlace console = new QuizPlace("CONSOLE", "console", "console", "console:console");
      Quiz quiz = world.master.plan(console, QuizFilter.any()).orElseThrow();
      Round round = world.master.openSolo(console, quiz, Origin.ASKED, null);
      Vote vote = world.master.vote(round.id(), ANNA, round.question().correct());
      assertThat(vote).isInstanceOf(Vote.Answered.class);
      assertThat(((Vote.Answered) vote).right()).isTrue();
      assertThat(((Vote.Answered) vote).tally()).isEqualTo(new Tally(1, 1));
      assertThat(world.master.vote(round.id(), ANNA, 0)).isInstanceOf(Vote.TooLate.class);
      assertThat(world.master.standing("console:console", "1").orElseThrow().score().right())
          .isEqualTo(1);
      assertThat(world.master.nextReveal(DISCORD)).isEmpty();
    }
  }

  @Test
  void theRoundNamesItsArticleAsTheSource() {
    try (QuizWorld world = new QuizWorld(dir, T0)) {
      Round round = ask(world, GENERAL);
      QuizSource source = round.question().source();
      assertThat(source.title()).isNotBlank();
      assertThat(source.publisher()).isEqualTo("Hotline");
      assertThat(source.published()).isNotNull();
      assertThat(round.question().explanation()).contains(round.question().dateWords());
    }
  }

  private static Round ask(QuizWorld world, QuizPlace place) {
    Quiz quiz = world.master.plan(place, QuizFilter.any()).orElseThrow();
    return world.master.open(place, quiz, Origin.ASKED, Duration.ofSeconds(30));
  }
}
