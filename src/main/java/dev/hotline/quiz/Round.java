package dev.hotline.quiz;

import java.time.Instant;
import java.util.Optional;

/**
 * A quiz asked in a place: open for answers until {@code revealAt}, then revealed once.
 *
 * @param solo whether it has a single player and is revealed as soon as they answer (the console,
 *     private practice); {@code revealAt} then only ends a round nobody answered
 * @param student whose practice it is, for a study round; {@code null} otherwise
 * @param ref the platform's name for the message or poll that shows it, once posted
 */
public record Round(
    long id,
    QuizPlace place,
    Origin origin,
    boolean solo,
    String student,
    QuizQuestion question,
    Instant openedAt,
    Instant revealAt,
    Optional<Instant> revealedAt,
    Optional<String> ref) {

  /** Whether answers still count at {@code now}. */
  public boolean openAt(Instant now) {
    return revealedAt.isEmpty() && now.isBefore(revealAt);
  }

  /** Whether its answers go to the place's board (practice does not). */
  public boolean scored() {
    return origin != Origin.STUDY;
  }
}
