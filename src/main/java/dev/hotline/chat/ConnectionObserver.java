package dev.hotline.chat;

/**
 * Told by an adapter how its connection to the platform fares, as it happens: the composition root
 * turns this into health, metrics and log lines. Called from the adapter's own threads.
 */
public interface ConnectionObserver {
  /** The platform answered: connected, or a poll came back. */
  void reached();

  /**
   * An attempt to reach the platform failed; the adapter (or its library) tries again.
   *
   * @param reason one line, no token in it
   * @param cause the failure, for debugging; may be {@code null}
   */
  void failed(String reason, Throwable cause);

  /**
   * The platform refused Hotline for good (a rejected token): trying again cannot help.
   *
   * @param reason one line naming the platform and what it said, no token in it
   */
  void rejected(String reason);

  /** Tells nobody: for adapters run without a server around them. */
  ConnectionObserver NONE =
      new ConnectionObserver() {
        @Override
        public void reached() {}

        @Override
        public void failed(String reason, Throwable cause) {}

        @Override
        public void rejected(String reason) {}
      };
}
