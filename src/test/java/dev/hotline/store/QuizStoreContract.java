package dev.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.quiz.Origin;
import dev.hotline.quiz.Player;
import dev.hotline.quiz.QuizKind;
import dev.hotline.quiz.QuizPlace;
import dev.hotline.quiz.QuizQuestion;
import dev.hotline.quiz.QuizSettings;
import dev.hotline.quiz.QuizSource;
import dev.hotline.quiz.Round;
import dev.hotline.quiz.Score;
import dev.hotline.quiz.StudyCard;
import dev.hotline.quiz.StudySession;
import dev.hotline.quiz.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the quiz store promises, on SQLite and on PostgreSQL alike: one answer per player, one
 * reveal per round that scores the board once, the leaderboard's order, and practice decks.
 */
abstract class QuizStoreContract {
  abstract Database open();

  static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
  static final QuizPlace GENERAL = new QuizPlace("DISCORD", "guild", "general", "discord:guild");
  static final QuizPlace HISTORY = new QuizPlace("DISCORD", "guild", "history", "discord:guild");
  static final Set<String> DISCORD = Set.of("DISCORD");
  static final Player ANNA = new Player("1", "anna");
  static final Player BORIS = new Player("2", "boris");
  static final Player CLARA = new Player("3", "clara");

  static QuizQuestion question(String eventId, int correct) {
    return new QuizQuestion(
        QuizKind.YEAR,
        "In which year did this happen? East German forces seal the sector border in Berlin.",
        List.of("1959", "1960", "1961", "1962"),
        correct,
        eventId,
        "August 13, 1961",
        "August 13, 1961 — The Berlin Wall",
        new QuizSource(
            "The Berlin Wall", "Hotline", "https://example.org/wall", LocalDate.of(2026, 11, 27)));
  }

  private static Round open(SqlQuizStore store, QuizPlace place, String eventId) {
    return store.open(
        place, Origin.ASKED, false, null, question(eventId, 2), T0, T0.plusSeconds(30));
  }

  @Test
  void aRoundIsKeptWholeAndFoundByItsPlatformReference() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      Round first = open(store, GENERAL, "e1");
      Round second = open(store, HISTORY, "e2");
      assertThat(second.id()).isEqualTo(first.id() + 1);
      store.posted(first.id(), "poll-77");
      Round found = store.roundByRef("DISCORD", "poll-77").orElseThrow();
      assertThat(found.id()).isEqualTo(first.id());
      assertThat(found.place()).isEqualTo(GENERAL);
      assertThat(found.question()).isEqualTo(question("e1", 2));
      assertThat(found.revealAt()).isEqualTo(T0.plusSeconds(30));
      assertThat(found.revealedAt()).isEmpty();
      assertThat(store.roundByRef("TELEGRAM", "poll-77")).isEmpty();
      assertThat(store.recentEvents(GENERAL.key(), 5)).containsExactly("e1");
    }
  }

  @Test
  void aPlayersFirstAnswerIsTheOneThatCounts() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      Round round = open(store, GENERAL, "e1");
      assertThat(store.lockIn(round.id(), ANNA, 2, T0.plusSeconds(1))).isTrue();
      assertThat(store.lockIn(round.id(), ANNA, 3, T0.plusSeconds(2))).isFalse();
      assertThat(store.choiceOf(round.id(), ANNA.id())).hasValue(2);
      assertThat(store.choiceOf(round.id(), BORIS.id())).isEmpty();
    }
  }

  @Test
  void aRoundIsRevealedAndScoredOnceEvenAfterAReopen() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      Round round = open(store, GENERAL, "e1");
      store.lockIn(round.id(), ANNA, 2, T0.plusSeconds(1));
      store.lockIn(round.id(), BORIS, 0, T0.plusSeconds(2));
      store.lockIn(round.id(), CLARA, 2, T0.plusSeconds(3));
      assertThat(store.dueReveals(T0.plusSeconds(29), 10, DISCORD)).isEmpty();
      assertThat(store.nextReveal(DISCORD)).contains(T0.plusSeconds(30));
      assertThat(store.dueReveals(T0.plusSeconds(30), 10, DISCORD))
          .extracting(Round::id)
          .containsExactly(round.id());
      assertThat(store.reveal(round.id(), T0.plusSeconds(30), true)).contains(new Tally(3, 2));
    }
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      assertThat(store.reveal(1, T0.plusSeconds(31), true)).isEmpty();
      assertThat(store.dueReveals(T0.plusSeconds(60), 10, DISCORD)).isEmpty();
      assertThat(store.nextReveal(DISCORD)).isEmpty();
      assertThat(store.round(1).orElseThrow().revealedAt()).contains(T0.plusSeconds(30));
      assertThat(store.leaderboard("discord:guild", 10))
          .containsExactly(
              new Score("1", "anna", 1, 1),
              new Score("3", "clara", 1, 1),
              new Score("2", "boris", 0, 1));
    }
  }

  /** Processes sharing the database each reveal the rounds they can show, and all the others. */
  @Test
  void aPostedRoundIsRevealedOnlyWhereItsPlatformCanBeShown() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      Round discord = open(store, GENERAL, "e1");
      store.posted(discord.id(), "m:1/2");
      QuizPlace group = new QuizPlace("TELEGRAM", "-100", "-100", "telegram:-100");
      Round telegram = open(store, group, "e2");
      store.posted(telegram.id(), "poll-1");
      Round unposted = open(store, group, "e3");
      Instant due = T0.plusSeconds(30);

      assertThat(store.dueReveals(due, 10, Set.of("TELEGRAM")))
          .extracting(Round::id)
          .containsExactly(telegram.id(), unposted.id());
      assertThat(store.dueReveals(due, 10, Set.of()))
          .extracting(Round::id)
          .containsExactly(unposted.id());
      assertThat(store.dueReveals(due, 10, Set.of("DISCORD", "TELEGRAM"))).hasSize(3);
      store.reveal(telegram.id(), due, true);
      store.reveal(unposted.id(), due, true);
      assertThat(store.nextReveal(Set.of("TELEGRAM"))).isEmpty();
      assertThat(store.nextReveal(DISCORD)).contains(due);
    }
  }

  @Test
  void theLeaderboardRanksByRightAnswersThenFewestTries() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      // Rounds of answers from anna, boris, clara (2 is right): anna 2 of 3, boris 2 of 2, clara 0.
      int[][] answers = {{2, 2, 0}, {2, 2, -1}, {0, -1, -1}};
      for (int[] round : answers) {
        Round asked = open(store, GENERAL, "e" + round.length);
        Player[] players = {ANNA, BORIS, CLARA};
        for (int p = 0; p < players.length; p++) {
          if (round[p] >= 0) {
            store.lockIn(asked.id(), players[p], round[p], T0);
          }
        }
        store.reveal(asked.id(), T0.plusSeconds(30), true);
      }
      assertThat(store.leaderboard("discord:guild", 10))
          .extracting(Score::name)
          .containsExactly("boris", "anna", "clara");
      assertThat(store.leaderboard("discord:guild", 2)).hasSize(2);
      assertThat(store.standing("discord:guild", "1").orElseThrow().rank()).isEqualTo(2);
      assertThat(store.standing("discord:guild", "2").orElseThrow().rank()).isEqualTo(1);
      assertThat(store.standing("discord:guild", "3").orElseThrow().players()).isEqualTo(3);
      assertThat(store.standing("discord:other", "1")).isEmpty();
      assertThat(store.resetScores("discord:guild")).isEqualTo(3);
      assertThat(store.leaderboard("discord:guild", 10)).isEmpty();
    }
  }

  @Test
  void practiceIsScoredNowhereAndRevealedRoundsAreForgottenLater() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      QuizPlace dm = new QuizPlace("TELEGRAM", null, "42", "telegram:dm:42");
      Round practice =
          store.open(
              dm, Origin.STUDY, true, "telegram:42", question("e9", 1), T0, T0.plusSeconds(3600));
      assertThat(practice.solo()).isTrue();
      assertThat(practice.student()).isEqualTo("telegram:42");
      store.lockIn(practice.id(), new Player("42", "dmitri"), 1, T0);
      assertThat(store.reveal(practice.id(), T0, false)).contains(new Tally(1, 1));
      assertThat(store.leaderboard("telegram:dm:42", 10)).isEmpty();
      store.forgetRounds(T0.plusSeconds(1));
      assertThat(store.round(practice.id())).isEmpty();
    }
  }

  @Test
  void settingsAndPracticeDecksSurviveAReopen() {
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      assertThat(store.settings("discord:guild")).isEqualTo(QuizSettings.defaults());
      store.saveSettings("discord:guild", new QuizSettings(false, 45));
      store.saveSession("discord:7", new StudySession(true, 3, 3, 2));
      store.saveCard("discord:7", new StudyCard("e1", 1, 5, 0, 1));
      store.saveCard("discord:7", new StudyCard("e1", 2, 8, 1, 1));
      store.saveCard("discord:7", new StudyCard("e2", 3, 14, 2, 0));
    }
    try (Database database = open()) {
      SqlQuizStore store = new SqlQuizStore(database);
      assertThat(store.settings("discord:guild")).isEqualTo(new QuizSettings(false, 45));
      assertThat(store.session("discord:7")).isEqualTo(new StudySession(true, 3, 3, 2));
      assertThat(store.session("discord:8")).isEqualTo(StudySession.none());
      assertThat(store.deck("discord:7").values())
          .containsExactly(new StudyCard("e1", 2, 8, 1, 1), new StudyCard("e2", 3, 14, 2, 0));
    }
  }
}
