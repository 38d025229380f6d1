package dev.hotline.chat;

/**
 * Hears when a chat place stops existing for Hotline (bot blocked, kicked, channel deleted) or
 * moves to a new id, so that whatever is kept per place (settings, subscriptions) follows.
 */
public interface PlaceLifecycle {
  /** Hotline can no longer post at {@code place}; {@code reason} is shown to moderators later. */
  void gone(ChatPlace place, String reason);

  /** {@code from} now lives at {@code to} (a Telegram group migrated to a supergroup). */
  void moved(ChatPlace from, ChatPlace to);

  PlaceLifecycle NONE =
      new PlaceLifecycle() {
        @Override
        public void gone(ChatPlace place, String reason) {}

        @Override
        public void moved(ChatPlace from, ChatPlace to) {}
      };
}
