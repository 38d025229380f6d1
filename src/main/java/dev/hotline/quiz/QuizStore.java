package dev.hotline.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where quizzes are kept: boards' settings and scores, rounds and their answers, and students'
 * practice. Every method is one transaction; {@link #lockIn} and {@link #reveal} are what make an
 * answer count once and a round score once.
 */
public interface QuizStore {
  /** The board's settings, or the defaults when its moderators never changed them. */
  QuizSettings settings(String board);

  void saveSettings(String board, QuizSettings settings);

  /** Keeps a new round and gives it its id. */
  Round open(
      QuizPlace place,
      Origin origin,
      boolean solo,
      String student,
      QuizQuestion question,
      Instant openedAt,
      Instant revealAt);

  /** The platform posted the round as {@code ref} (a message, a poll). */
  void posted(long roundId, String ref);

  Optional<Round> round(long roundId);

  /** The round a platform's message or poll shows. */
  Optional<Round> roundByRef(String platform, String ref);

  /** The events of the place's last {@code count} rounds, the latest first. */
  List<String> recentEvents(String placeKey, int count);

  /**
   * Records {@code player}'s answer unless they answered this round already; returns whether it was
   * recorded.
   */
  boolean lockIn(long roundId, Player player, int choice, Instant now);

  /** The player's answer to a round, if any. */
  OptionalInt choiceOf(long roundId, String playerId);

  /**
   * Reveals the round unless it was revealed already: counts its answers and, when {@code score},
   * adds each to its player's score on the round's board. Empty when it was revealed before.
   */
  Optional<Tally> reveal(long roundId, Instant now, boolean score);

  /**
   * Rounds not yet revealed whose time is up at {@code now}, the earliest first: those with nothing
   * to show (practice, or a round never posted) and those posted on one of {@code shownOn} (the
   * platforms whose answers the caller can show; the others' are left to a process that can).
   */
  List<Round> dueReveals(Instant now, int limit, Set<String> shownOn);

  /** When the next round not yet revealed is due, of those {@link #dueReveals} would return. */
  Optional<Instant> nextReveal(Set<String> shownOn);

  /** The board's best scores: most right first, then fewest answered. */
  List<Score> leaderboard(String board, int limit);

  Optional<Standing> standing(String board, String playerId);

  /** Clears the board's scores; returns how many players it had. */
  int resetScores(String board);

  StudySession session(String student);

  void saveSession(String student, StudySession session);

  /** The student's deck, by event id. */
  Map<String, StudyCard> deck(String student);

  void saveCard(String student, StudyCard card);

  /** Drops rounds (and their answers) revealed before {@code before}. */
  void forgetRounds(Instant before);
}
