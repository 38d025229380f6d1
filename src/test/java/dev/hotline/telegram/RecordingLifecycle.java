package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.PlaceLifecycle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps what the chat layer hears about places, as lines such as "gone -5: reason", for tests to
 * wait on.
 */
final class RecordingLifecycle implements PlaceLifecycle {

  private final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  public void gone(ChatPlace place, String reason) {
    events.add("gone " + place.channelId() + ": " + reason);
  }

  @Override
  public void moved(ChatPlace from, ChatPlace to) {
    events.add("moved " + from.channelId() + " -> " + to.channelId());
  }

  List<String> events() {
    return List.copyOf(events);
  }

  void await(String event, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!events.contains(event)) {
      if (System.nanoTime() > deadline) {
        fail("Not heard within " + timeout + ": " + event + "; heard " + events);
      }
      Thread.sleep(10);
    }
  }
}
