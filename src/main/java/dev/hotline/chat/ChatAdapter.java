package dev.hotline.chat;

/** A running connection to one chat platform, started and stopped by the composition root. */
public interface ChatAdapter extends AutoCloseable {
  /** The platform it serves, for logs and health checks. */
  Platform platform();

  /** Connects and starts taking messages; returns once connected. */
  void start() throws Exception;

  /** Whether it is connected now. */
  boolean connected();

  /** Stops taking messages, finishes replies in flight, disconnects. */
  @Override
  void close();
}
