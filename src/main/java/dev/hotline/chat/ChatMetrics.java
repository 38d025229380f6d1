package dev.hotline.chat;

/** Counts what the chat layer does, per platform, for the metrics endpoint. */
public interface ChatMetrics {
  /** A question was handled: answered or not, and how long the answer took. */
  void question(Platform platform, boolean answered, long nanos);

  /** A daily post went out, or failed. */
  void post(Platform platform, boolean sent);

  ChatMetrics NONE =
      new ChatMetrics() {
        @Override
        public void question(Platform platform, boolean answered, long nanos) {}

        @Override
        public void post(Platform platform, boolean sent) {}
      };
}
