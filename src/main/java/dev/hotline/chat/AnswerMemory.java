package dev.hotline.chat;

import dev.hotline.answer.AnswerResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers recent answers under short random tokens, so that an "Another answer" button can walk
 * the alternatives without carrying them in its payload. Entries expire and the oldest are dropped.
 */
final class AnswerMemory {
  static final Duration LIFETIME = Duration.ofHours(6);
  private static final int MAX_ENTRIES = 5_000;
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int TOKEN_LENGTH = 10;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Remembered> entries = new LeastRecentlyUsed<>(MAX_ENTRIES);

  AnswerMemory(Clock clock) {
    this.clock = clock;
  }

  /** An answer result, whether it was given privately, and which of its answers was shown last. */
  record Remembered(AnswerResult result, boolean privately, int shown, Instant expires) {}

  synchronized String remember(AnswerResult result, boolean privately) {
    String token = newToken();
    entries.put(token, new Remembered(result, privately, 0, clock.instant().plus(LIFETIME)));
    return token;
  }

  /**
   * Moves to the next alternative (wrapping round) and returns it with its index, if the token is
   * alive.
   */
  synchronized Optional<Remembered> next(String token) {
    Remembered entry = entries.get(token);
    if (entry == null || clock.instant().isAfter(entry.expires)) {
      entries.remove(token);
      return Optional.empty();
    }
    int count = entry.result.answers().size();
    Remembered moved =
        new Remembered(
            entry.result, entry.privately, (entry.shown + 1) % Math.max(1, count), entry.expires);
    entries.put(token, moved);
    return Optional.of(moved);
  }

  private String newToken() {
    char[] token = new char[TOKEN_LENGTH];
    for (int i = 0; i < token.length; i++) {
      token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(token);
  }
}
