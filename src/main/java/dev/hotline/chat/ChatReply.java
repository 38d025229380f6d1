package dev.hotline.chat;

import java.util.List;
import java.util.Optional;

/** What Hotline says back; each adapter renders it in its own dialect and within its own limits. */
public sealed interface ChatReply {
  /** Whether only the asker should see the reply (where the platform allows it). */
  boolean privately();

  /** An answer to a question, with the way to the next alternative. */
  record AnswerReply(AnswerCard card, boolean privately) implements ChatReply {}

  /** Events of a calendar day. */
  record DayReply(DayCard card, boolean privately) implements ChatReply {}

  /**
   * A quiz, open or revealed; after a practice question is answered, {@code next} is the question
   * that follows.
   */
  record QuizReply(QuizCard card, Optional<QuizCard> next, boolean privately) implements ChatReply {
    public QuizReply(QuizCard card) {
      this(card, Optional.empty(), false);
    }
  }

  /**
   * Anything else: help, about, settings, refusals, cooldowns, errors a user caused.
   *
   * @param lines the body, one item a line; renderers keep the order
   */
  record Notice(NoticeKind kind, String title, List<String> lines, boolean privately)
      implements ChatReply {
    public Notice {
      lines = List.copyOf(lines);
    }

    public static Notice of(NoticeKind kind, String title, String... lines) {
      return new Notice(kind, title, List.of(lines), kind != NoticeKind.INFO);
    }
  }

  /** What a notice is about, so renderers can mark it (an icon, a colour). */
  enum NoticeKind {
    INFO,
    NO_ANSWER,
    COOLDOWN,
    REFUSED,
    USER_ERROR
  }
}
