package dev.hotline.store;

/**
 * The database could not be opened, migrated or written; the message names the file and what to do.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
