package dev.hotline.quiz;

/** What became of a player's answer. Choices are counted from 0. */
public sealed interface Vote {
  /** The first answer of this player in this round: it counts. */
  record LockedIn(Round round, int choice) implements Vote {}

  /** The player had answered already; their first answer stands. */
  record AlreadyIn(Round round, int choice) implements Vote {}

  /** The round is over: its time ran out or it was revealed. */
  record TooLate(Round round) implements Vote {}

  /** A solo round, answered and revealed at once. */
  record Answered(Round round, int choice, Tally tally) implements Vote {
    public boolean right() {
      return choice == round.question().correct();
    }
  }

  /** No such round (it was forgotten, or the id was made up). */
  record Unknown() implements Vote {}
}
