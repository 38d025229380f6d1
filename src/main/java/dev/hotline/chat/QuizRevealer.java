package dev.hotline.chat;

/**
 * Shows a quiz's answer where it was posted, once its time is up; each adapter provides one (the
 * Discord one edits the message, a Telegram quiz poll reveals itself).
 */
@FunctionalInterface
public interface QuizRevealer {
  /**
   * @param ref the platform's name for the message showing the quiz, as the adapter gave it to
   *     {@link ChatQuizzes#posted}
   */
  void reveal(ChatPlace place, String ref, QuizCard revealed);
}
