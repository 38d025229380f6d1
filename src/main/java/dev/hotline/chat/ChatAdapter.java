package dev.hotline.chat;

/** A running connection to one chat platform, started and stopped by the composition root. */
public interface ChatAdapter extends AutoCloseable {
  /** The platform it serves, for logs and health checks. */
  Platform platform();

  /**
   * Connects and starts taking messages; returns once connected. Once started, the adapter (or its
   * library) reconnects by itself when the platform goes away.
   *
   * @throws TokenRejectedException when the platform refuses the token: do not try again
   * @throws Exception when the platform cannot be reached now: try again later
   */
  void start() throws Exception;

  /**
   * Where to report reaching, losing and being refused by the platform while running; call before
   * {@link #start()}. Nobody is told by default.
   */
  default void observe(ConnectionObserver observer) {}

  /** Whether it is connected now. */
  boolean connected();

  /** Stops taking messages, finishes replies in flight, disconnects. */
  @Override
  void close();
}
