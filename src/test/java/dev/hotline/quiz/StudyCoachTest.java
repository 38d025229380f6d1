package dev.hotline.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private practice: wrong answers come back soon, right ones later, and the deck is kept. */
class StudyCoachTest {
  @TempDir Path dir;

  private static final QuizPlace DM = new QuizPlace("TELEGRAM", null, "42", "telegram:dm:42");
  private static final String STUDENT = "telegram:42";
  private static final Player DMITRI = new Player("42", "dmitri");

  @Test
  void anEventAnsweredWronglyComesBackAfterTwoQuestionsAndOneAnsweredRightMuchLater() {
    try (QuizWorld world = new QuizWorld(dir, Instant.parse("2026-11-27T09:00:00Z"))) {
      Round first = world.coach.start(DM, STUDENT).orElseThrow();
      assertThat(first.origin()).isEqualTo(Origin.STUDY);
      assertThat(first.solo()).isTrue();
      String missed = first.question().eventId();

      List<String> asked = new ArrayList<>();
      Round round = answer(world, first, false).orElseThrow();
      for (int i = 0; i < 3; i++) {
        asked.add(round.question().eventId());
        round = answer(world, round, true).orElseThrow();
      }
      assertThat(asked.get(0)).isNotEqualTo(missed);
      assertThat(asked.get(1)).isNotEqualTo(missed);
      assertThat(asked.get(2))
          .as("the missed event is due again after two questions")
          .isEqualTo(missed);
      assertThat(world.store.deck(STUDENT).get(missed).box()).isEqualTo(2);
      assertThat(world.store.deck(STUDENT).get(missed).wrong()).isEqualTo(1);

      // Now in box 2, then box 3 once answered right again: away for 5, then for 11 questions.
      List<String> sequence = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        sequence.add(round.question().eventId());
        round = answer(world, round, true).orElseThrow();
      }
      int second = sequence.indexOf(missed);
      assertThat(second).as("back after five questions in box 2").isBetween(5, 7);
      int third = sequence.subList(second + 1, sequence.size()).indexOf(missed);
      assertThat(third)
          .as("then after eleven or more in box 3, events in lower boxes going first")
          .isBetween(11, 25);
      assertThat(world.coach.boxes(STUDENT)[0]).isZero();
    }
  }

  @Test
  void stoppingEndsThePracticeAndTheDeckOutlivesARestart() {
    try (QuizWorld world = new QuizWorld(dir, Instant.parse("2026-11-27T09:00:00Z"))) {
      Round round = world.coach.start(DM, STUDENT).orElseThrow();
      round = answer(world, round, true).orElseThrow();
      StudySession stopped = world.coach.stop(STUDENT).orElseThrow();
      assertThat(stopped).isEqualTo(new StudySession(false, 1, 1, 1));
      assertThat(world.coach.stop(STUDENT)).isEmpty();
      assertThat(answer(world, round, false)).as("no next question once stopped").isEmpty();
      world.restart();
      assertThat(world.store.deck(STUDENT)).hasSize(2);
      assertThat(world.coach.boxes(STUDENT)).containsExactly(1, 1, 0, 0, 0);
      Round again = world.coach.start(DM, STUDENT).orElseThrow();
      assertThat(world.coach.session(STUDENT)).isEqualTo(new StudySession(true, 2, 0, 0));
      assertThat(again.question().eventId()).isNotBlank();
    }
  }

  /** Answers a study round right or wrong, as the chat layer does: a vote, then the coach. */
  private static Optional<Round> answer(QuizWorld world, Round round, boolean right) {
    int choice = right ? round.question().correct() : (round.question().correct() + 1) % 4;
    Vote vote = world.master.vote(round.id(), DMITRI, choice);
    assertThat(vote).isInstanceOf(Vote.Answered.class);
    return world.coach.answered(round, ((Vote.Answered) vote).right());
  }
}
