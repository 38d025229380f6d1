package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every message the fake knows, queued from users or sent by the bot, so edits, replies and deletes
 * can find it.
 */
final class MessageStore {

  private record Key(long chatId, int messageId) {}

  private final AtomicInteger lastMessageId = new AtomicInteger(1000);
  private final Map<Key, ObjectNode> messages = new ConcurrentHashMap<>();

  int nextMessageId() {
    return lastMessageId.incrementAndGet();
  }

  void put(ObjectNode message) {
    messages.put(keyOf(message), message.deepCopy());
  }

  Optional<ObjectNode> find(long chatId, int messageId) {
    return Optional.ofNullable(messages.get(new Key(chatId, messageId))).map(ObjectNode::deepCopy);
  }

  boolean remove(long chatId, int messageId) {
    return messages.remove(new Key(chatId, messageId)) != null;
  }

  private static Key keyOf(ObjectNode message) {
    return new Key(message.path("chat").path("id").asLong(), message.path("message_id").asInt());
  }
}
