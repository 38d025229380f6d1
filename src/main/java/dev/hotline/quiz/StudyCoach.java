package dev.hotline.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Private practice with Leitner boxes: each event a student has met sits in a box; one answered
 * wrongly goes back to box 1 and comes back after two more questions, one answered right moves up a
 * box and comes back later each time (after 5, 11, 23, then 47 questions). The next question is the
 * event due longest, else one the student has not met, else the one due soonest.
 */
public final class StudyCoach {
  /** Leitner boxes. */
  public static final int BOXES = 5;

  /** Questions until an event in box {@code n} is asked again (index 0 unused). */
  static final int[] INTERVALS = {0, 2, 5, 11, 23, 47};

  /** Events tried for a question before giving up (an event may make no quiz of any kind). */
  private static final int ATTEMPTS = 20;

  private final QuizMaster master;
  private final QuizStore store;
  private final Random random;

  public StudyCoach(QuizMaster master, QuizStore store, Random random) {
    this.master = master;
    this.store = store;
    this.random = random;
  }

  /** Starts (or restarts) the student's practice and asks its first question. */
  public Optional<Round> start(QuizPlace place, String student) {
    StudySession session = store.session(student);
    store.saveSession(student, new StudySession(true, session.turn(), 0, 0));
    return next(place, student, "");
  }

  public StudySession session(String student) {
    return store.session(student);
  }

  /**
   * Records the answer to a study round (once: call it for the round's reveal) and asks the next
   * question while the practice runs.
   */
  public Optional<Round> answered(Round round, boolean right) {
    String student = round.student();
    StudySession session = store.session(student);
    int turn = session.turn() + 1;
    String eventId = round.question().eventId();
    StudyCard card =
        store.deck(student).getOrDefault(eventId, new StudyCard(eventId, 1, turn, 0, 0));
    int box = right ? Math.min(BOXES, card.box() + 1) : 1;
    store.saveCard(
        student,
        new StudyCard(
            eventId,
            box,
            turn + INTERVALS[box],
            card.right() + (right ? 1 : 0),
            card.wrong() + (right ? 0 : 1)));
    StudySession after =
        new StudySession(
            session.active(), turn, session.asked() + 1, session.right() + (right ? 1 : 0));
    store.saveSession(student, after);
    return after.active() ? next(round.place(), student, eventId) : Optional.empty();
  }

  /** Stops the practice; empty when none was running. */
  public Optional<StudySession> stop(String student) {
    StudySession session = store.session(student);
    if (!session.active()) {
      return Optional.empty();
    }
    StudySession stopped =
        new StudySession(false, session.turn(), session.asked(), session.right());
    store.saveSession(student, stopped);
    return Optional.of(stopped);
  }

  /** How many of the student's events sit in each box, box 1 first. */
  public int[] boxes(String student) {
    int[] counts = new int[BOXES];
    for (StudyCard card : store.deck(student).values()) {
      counts[Math.max(1, Math.min(BOXES, card.box())) - 1]++;
    }
    return counts;
  }

  private Optional<Round> next(QuizPlace place, String student, String justAsked) {
    EventPool pool = master.pool();
    int turn = store.session(student).turn();
    Map<String, StudyCard> deck = store.deck(student);
    List<QuizEvent> order = candidates(pool, deck, turn, justAsked);
    for (QuizEvent event : order.subList(0, Math.min(ATTEMPTS, order.size()))) {
      Optional<Quiz> quiz = master.generator().about(pool, event);
      if (quiz.isPresent()) {
        return Optional.of(master.openSolo(place, quiz.get(), Origin.STUDY, student));
      }
    }
    return Optional.empty();
  }

  /** Events in the order to try: due ones (lowest box, longest due), new ones, then the rest. */
  private List<QuizEvent> candidates(
      EventPool pool, Map<String, StudyCard> deck, int turn, String justAsked) {
    List<StudyCard> due = new ArrayList<>();
    List<StudyCard> later = new ArrayList<>();
    for (StudyCard card : deck.values()) {
      if (!card.eventId().equals(justAsked) && pool.byId(card.eventId()).isPresent()) {
        (card.dueTurn() <= turn ? due : later).add(card);
      }
    }
    due.sort(Comparator.comparingInt(StudyCard::box).thenComparingInt(StudyCard::dueTurn));
    later.sort(Comparator.comparingInt(StudyCard::dueTurn));
    List<QuizEvent> order = new ArrayList<>();
    due.forEach(card -> pool.byId(card.eventId()).ifPresent(order::add));
    List<QuizEvent> fresh =
        new ArrayList<>(
            pool.subjects(QuizFilter.any()).stream()
                .filter(e -> !deck.containsKey(e.id()))
                .toList());
    Collections.shuffle(fresh, random);
    order.addAll(fresh.subList(0, Math.min(ATTEMPTS, fresh.size())));
    later.forEach(card -> pool.byId(card.eventId()).ifPresent(order::add));
    return order;
  }
}
