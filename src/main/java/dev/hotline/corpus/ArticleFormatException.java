package dev.hotline.corpus;

/** A corpus file that is not in the format its extension promises. */
public final class ArticleFormatException extends Exception {
  private final int line;

  public ArticleFormatException(String message, int line) {
    super(message);
    this.line = line;
  }

  public ArticleFormatException(String message, int line, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  /** The 1-based line the problem is on, or 0 when no single line is to blame. */
  public int line() {
    return line;
  }
}
