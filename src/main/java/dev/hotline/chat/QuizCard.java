package dev.hotline.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A quiz as the adapters show it: open for answers, or revealed with how it went.
 *
 * @param roundId the round answers go to
 * @param heading what kind of quiz it is: "Quiz", "Daily quiz", "Practice"
 * @param correct the right choice, counted from 0 (Telegram needs it to make a quiz poll)
 * @param explanation one line with the date and the source, at most 200 characters
 * @param answerSeconds how long it takes answers; 0 for a solo quiz, which waits for its player
 * @param closesAt when answers stop counting
 * @param outcome how it went, once revealed
 */
public record QuizCard(
    long roundId,
    String heading,
    String question,
    List<String> choices,
    int correct,
    String explanation,
    String dateWords,
    Source source,
    int answerSeconds,
    Instant closesAt,
    Optional<Outcome> outcome) {

  public QuizCard {
    choices = List.copyOf(choices);
  }

  /** The article the answer comes from. */
  public record Source(String title, String publisher, String url, LocalDate published) {}

  /**
   * How a revealed quiz went.
   *
   * @param yourChoice the one player's choice in a solo quiz (from 0)
   */
  public record Outcome(int answered, int right, OptionalInt yourChoice) {
    /** Whether the one player of a solo quiz was right. */
    public boolean youWereRight(int correct) {
      return yourChoice.isPresent() && yourChoice.getAsInt() == correct;
    }
  }

  public boolean revealed() {
    return outcome.isPresent();
  }

  public boolean solo() {
    return answerSeconds == 0;
  }

  /** The right choice's text. */
  public String answer() {
    return choices.get(correct);
  }

  /** The right choice as "3 · 1961", numbered as the choices are shown. */
  public String numberedAnswer() {
    return (correct + 1) + " · " + answer();
  }

  /** The same card, revealed. */
  public QuizCard revealedAs(Outcome how) {
    return new QuizCard(
        roundId,
        heading,
        question,
        choices,
        correct,
        explanation,
        dateWords,
        source,
        answerSeconds,
        closesAt,
        Optional.of(how));
  }
}
