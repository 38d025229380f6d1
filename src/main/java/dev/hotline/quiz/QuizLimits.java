package dev.hotline.quiz;

/**
 * The sizes every quiz keeps to, the strictest of the platforms': Telegram's quiz poll (question
 * 300 characters, option 100, explanation 200 with at most two line breaks). Discord's button
 * labels (80) are the Discord renderer's to fit.
 */
public final class QuizLimits {
  public static final int QUESTION = 300;
  public static final int CHOICE = 100;
  public static final int EXPLANATION = 200;

  /** Choices every quiz offers. */
  public static final int CHOICES = 4;

  private QuizLimits() {}

  /** {@code text} cut to {@code limit} characters at a word, ending in an ellipsis when cut. */
  public static String fit(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 1;
    int space = text.lastIndexOf(' ', end);
    if (space > limit / 2) {
      end = space;
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
