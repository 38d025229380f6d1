package dev.hotline.index;

/** The index is missing, corrupt or from an older schema; the message says how to fix it. */
public final class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
