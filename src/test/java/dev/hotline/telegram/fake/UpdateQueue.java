package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Telegram's update queue as {@code getUpdates} sees it: ids ascend, an offset confirms (deletes)
 * everything below it, a poll is held until an update arrives or its timeout passes, and a newer
 * poll ends an older one with 409 Conflict.
 */
final class UpdateQueue {

  // What an empty allowed_updates list means to Telegram.
  private static final Set<String> NOT_SENT_BY_DEFAULT =
      Set.of("chat_member", "message_reaction", "message_reaction_count");

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<ObjectNode> pending = new ArrayList<>();
  private int nextUpdateId = 1;
  private List<String> allowedUpdates = List.of();
  private long newestPoll;
  private int heldPolls;
  private boolean closed;

  /** Assigns the next update id and queues the update; returns a copy with the id. */
  ObjectNode add(ObjectNode updateWithoutId) {
    lock.lock();
    try {
      ObjectNode update = updateWithoutId.objectNode().put("update_id", nextUpdateId++);
      update.setAll(updateWithoutId.deepCopy());
      pending.add(update);
      changed.signalAll();
      return update.deepCopy();
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return pending.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Answers one {@code getUpdates}; {@code allowed} is remembered like Telegram does when given.
   *
   * @throws ApiFailureException 409 when a newer poll arrives while this one waits
   */
  List<JsonNode> poll(long offset, int limit, Duration timeout, Optional<List<String>> allowed) {
    lock.lock();
    try {
      allowed.ifPresent(types -> allowedUpdates = List.copyOf(types));
      confirm(offset);
      long thisPoll = ++newestPoll;
      changed.signalAll(); // an older poll still waiting must give way
      long remaining = timeout.toNanos();
      while (true) {
        dropNotAllowed();
        if (closed || !pending.isEmpty() || remaining <= 0) {
          break;
        }
        remaining = held(remaining);
        if (thisPoll != newestPoll && !closed) {
          throw ApiFailure.pollConflict().toException();
        }
      }
      return pending.stream().limit(limit).map(update -> (JsonNode) update.deepCopy()).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      lock.unlock();
    }
  }

  /** Remembers the update types to send, as {@code setWebhook} with allowed_updates does. */
  void allow(List<String> types) {
    lock.lock();
    try {
      allowedUpdates = List.copyOf(types);
    } finally {
      lock.unlock();
    }
  }

  /** The oldest update waiting, for webhook delivery; empty if none came within {@code timeout}. */
  Optional<ObjectNode> awaitFirst(Duration timeout) {
    lock.lock();
    try {
      long remaining = timeout.toNanos();
      while (true) {
        dropNotAllowed();
        if (closed || !pending.isEmpty() || remaining <= 0) {
          break;
        }
        remaining = changed.awaitNanos(remaining);
      }
      return closed || pending.isEmpty()
          ? Optional.empty()
          : Optional.of(pending.getFirst().deepCopy());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /** A webhook delivery was answered 2xx: the update is Telegram's no more. */
  void delivered(long updateId) {
    lock.lock();
    try {
      pending.removeIf(update -> update.get("update_id").asLong() == updateId);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until at least one poll is held open; false if none was within {@code timeout}. */
  boolean awaitHeldPoll(Duration timeout) {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (heldPolls == 0 && remaining > 0) {
        remaining = changed.awaitNanos(remaining);
      }
      return heldPolls > 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  private long held(long nanos) throws InterruptedException {
    heldPolls++;
    changed.signalAll(); // wakes awaitHeldPoll
    try {
      return changed.awaitNanos(nanos);
    } finally {
      heldPolls--;
    }
  }

  /** Releases every held poll with no updates, as a server going away would. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void confirm(long offset) {
    if (offset > 0) {
      pending.removeIf(update -> update.get("update_id").asLong() < offset);
      // Telegram's ids for a bot only grow: a fake started anew (Telegram "coming back") goes on
      // from what the client has confirmed rather than from 1.
      nextUpdateId = (int) Math.max(nextUpdateId, offset);
    } else if (offset < 0) {
      // A negative offset keeps only the last -offset updates.
      int keep = (int) Math.min(pending.size(), -offset);
      pending.subList(0, pending.size() - keep).clear();
    }
  }

  private void dropNotAllowed() {
    for (Iterator<ObjectNode> it = pending.iterator(); it.hasNext(); ) {
      if (!isAllowed(typeOf(it.next()))) {
        it.remove();
      }
    }
  }

  private boolean isAllowed(String type) {
    return allowedUpdates.isEmpty()
        ? !NOT_SENT_BY_DEFAULT.contains(type)
        : allowedUpdates.contains(type);
  }

  private static String typeOf(ObjectNode update) {
    Iterator<String> names = update.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("update_id")) {
        return name;
      }
    }
    return "";
  }
}
