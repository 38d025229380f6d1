package dev.hotline.telegram;

import dev.hotline.chat.ChatPlace;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which chats Hotline may no longer post in and where migrated groups went; tells the chat layer
 * once per change, however many failed calls or service messages report it.
 */
final class ChatRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(ChatRegistry.class);
  // A chain longer than this would be a loop: Telegram migrates a group once.
  private static final int MAX_HOPS = 4;

  /** Hears about chats that are gone or moved; the adapter passes these on to the chat service. */
  interface Listener {
    void gone(ChatPlace place, String reason);

    void moved(ChatPlace from, ChatPlace to);
  }

  private final Listener listener;
  private final Set<Long> gone = ConcurrentHashMap.newKeySet();
  private final Map<Long, Long> movedTo = new ConcurrentHashMap<>();

  ChatRegistry(Listener listener) {
    this.listener = listener;
  }

  /** Whether Hotline may still post in {@code chatId}. */
  boolean mayPost(long chatId) {
    return !gone.contains(chatId);
  }

  /** The chat's id now: a migrated group's supergroup, or the id itself. */
  long current(long chatId) {
    long id = chatId;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Long next = movedTo.get(id);
      if (next == null) {
        return id;
      }
      id = next;
    }
    return id;
  }

  /** Hotline was blocked or removed in {@code chatId}; {@code reason} is Telegram's words. */
  void gone(long chatId, String reason) {
    if (gone.add(chatId)) {
      LOG.info("Telegram chat {} is gone for Hotline: {}", chatId, reason);
      listener.gone(TelegramPlaces.chat(chatId), reason);
    }
  }

  /** {@code chatId} wrote to Hotline or added it again, so Hotline may post there again. */
  void alive(long chatId) {
    if (gone.remove(chatId)) {
      LOG.info("Telegram chat {} is back", chatId);
    }
  }

  /** A group became the supergroup {@code to}. */
  void moved(long from, long to) {
    if (from != to && movedTo.putIfAbsent(from, to) == null) {
      LOG.info("Telegram group {} moved to supergroup {}", from, to);
      listener.moved(TelegramPlaces.chat(from), TelegramPlaces.chat(to));
    }
  }
}
