package dev.hotline.quiz;

import dev.hotline.answer.AnswerService;
import dev.hotline.passage.Event;
import dev.hotline.passage.Passage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Asks quizzes in places and keeps their scores: chooses an event the place did not just have,
 * opens a round, takes each player's first answer while it is open, and reveals it once when its
 * time is up (or, for a solo round, as soon as it is answered), adding the answers to the board.
 */
public final class QuizMaster {
  /** Events a place does not get again while it has had fewer quizzes than this since. */
  static final int RECENT_EVENTS = 20;

  /** How long a solo round waits for its one answer before it is closed unanswered. */
  public static final Duration SOLO_TIMEOUT = Duration.ofHours(1);

  /** Rounds revealed in one go; the rest wait for the next tick. */
  private static final int REVEALS_AT_ONCE = 100;

  /** Revealed rounds are kept this long, so late clicks can still be told how it went. */
  static final Duration KEEP_ROUNDS = Duration.ofDays(30);

  private final AnswerService answers;
  private final QuizStore store;
  private final Clock clock;
  private final QuizGenerator generator;
  private volatile CachedPool cached = new CachedPool(List.of(), EventPool.of(List.of()));
  private Instant forgotten = Instant.MIN;

  public QuizMaster(AnswerService answers, QuizStore store, Clock clock, Random random) {
    this.answers = answers;
    this.store = store;
    this.clock = clock;
    this.generator = new QuizGenerator(random);
  }

  /** The events of the index in use; rebuilt when a new index generation is live. */
  public EventPool pool() {
    List<Event> events = answers.events();
    CachedPool current = cached;
    if (current.events() != events) {
      current = new CachedPool(events, EventPool.of(events));
      cached = current;
    }
    return current.pool();
  }

  private record CachedPool(List<Event> events, EventPool pool) {}

  QuizGenerator generator() {
    return generator;
  }

  public QuizSettings settings(String board) {
    return store.settings(board);
  }

  public void saveSettings(String board, QuizSettings settings) {
    store.saveSettings(board, settings);
  }

  /**
   * A quiz for {@code place} under {@code filter}, about an event the place has not had in its last
   * {@value #RECENT_EVENTS} quizzes if the filter allows, and never the one it had last. Nothing is
   * kept yet: {@link #open} does that.
   */
  public Optional<Quiz> plan(QuizPlace place, QuizFilter filter) {
    EventPool pool = pool();
    List<String> recent = store.recentEvents(place.key(), RECENT_EVENTS);
    Optional<Quiz> quiz = generator.generate(pool, filter, new HashSet<>(recent));
    if (quiz.isEmpty() && !recent.isEmpty()) {
      quiz = generator.generate(pool, filter, Set.of(recent.getFirst()));
    }
    return quiz;
  }

  /** Opens a round for {@code quiz}, taking answers for {@code answerTime}. */
  public Round open(QuizPlace place, Quiz quiz, Origin origin, Duration answerTime) {
    return open(place, quiz, origin, false, null, answerTime);
  }

  /** Opens a solo round: revealed as soon as its one player answers. */
  public Round openSolo(QuizPlace place, Quiz quiz, Origin origin, String student) {
    return open(place, quiz, origin, true, student, SOLO_TIMEOUT);
  }

  private Round open(
      QuizPlace place,
      Quiz quiz,
      Origin origin,
      boolean solo,
      String student,
      Duration answerTime) {
    Instant now = clock.instant();
    QuizQuestion question = quiz.asked(source(quiz.subject()));
    return store.open(place, origin, solo, student, question, now, now.plus(answerTime));
  }

  private QuizSource source(QuizEvent event) {
    Optional<Passage> passage = answers.passage(event.passageId());
    return passage
        .map(p -> new QuizSource(p.title(), p.source(), p.url(), p.published()))
        .orElse(new QuizSource(event.articleTitle(), "", null, null));
  }

  /** The platform posted the round as {@code ref}, by which its answers may come back. */
  public void posted(long roundId, String ref) {
    store.posted(roundId, ref);
  }

  public Optional<Round> round(long roundId) {
    return store.round(roundId);
  }

  public Optional<Round> roundByRef(String platform, String ref) {
    return store.roundByRef(platform, ref);
  }

  /** {@code player} picks {@code choice} (from 0) in a round. */
  public Vote vote(long roundId, Player player, int choice) {
    Optional<Round> found = store.round(roundId);
    if (found.isEmpty() || choice < 0 || choice >= found.get().question().choices().size()) {
      return new Vote.Unknown();
    }
    Round round = found.get();
    Instant now = clock.instant();
    if (!round.openAt(now)) {
      return new Vote.TooLate(round);
    }
    if (!store.lockIn(roundId, player, choice, now)) {
      return new Vote.AlreadyIn(round, store.choiceOf(roundId, player.id()).orElse(choice));
    }
    if (!round.solo()) {
      return new Vote.LockedIn(round, choice);
    }
    Optional<Tally> tally = store.reveal(roundId, now, round.scored());
    return tally
        .<Vote>map(t -> new Vote.Answered(round, choice, t))
        .orElseGet(() -> new Vote.TooLate(round));
  }

  /**
   * Reveals the rounds whose time is up, each once, scoring their boards: those that need no
   * showing, and those posted on one of {@code shownOn} (platform names), whose answers the caller
   * shows. A round posted elsewhere is left to a process that can show it.
   */
  public List<Revealed> revealDue(Set<String> shownOn) {
    Instant now = clock.instant();
    List<Revealed> revealed = new ArrayList<>();
    for (Round round : store.dueReveals(now, REVEALS_AT_ONCE, shownOn)) {
      store
          .reveal(round.id(), now, round.scored())
          .ifPresent(tally -> revealed.add(new Revealed(round, tally)));
    }
    if (now.isAfter(forgotten.plus(Duration.ofDays(1)))) {
      store.forgetRounds(now.minus(KEEP_ROUNDS));
      forgotten = now;
    }
    return revealed;
  }

  /** When the next round {@link #revealDue} would reveal is due, if any is open. */
  public Optional<Instant> nextReveal(Set<String> shownOn) {
    return store.nextReveal(shownOn);
  }

  public List<Score> leaderboard(String board, int limit) {
    return store.leaderboard(board, limit);
  }

  public Optional<Standing> standing(String board, String playerId) {
    return store.standing(board, playerId);
  }

  /** Clears a board's scores; returns how many players it had. */
  public int resetScores(String board) {
    return store.resetScores(board);
  }
}
