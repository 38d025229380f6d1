package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.PlaceLifecycle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the places the adapter reported gone, so a test can wait for one. */
final class RecordingLifecycle implements PlaceLifecycle {
  record Gone(ChatPlace place, String reason) {}

  private final List<Gone> gone = new CopyOnWriteArrayList<>();

  @Override
  public synchronized void gone(ChatPlace place, String reason) {
    gone.add(new Gone(place, reason));
    notifyAll();
  }

  @Override
  public void moved(ChatPlace from, ChatPlace to) {}

  List<Gone> gone() {
    return List.copyOf(gone);
  }

  synchronized Gone awaitGone(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (gone.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("No place reported gone within " + timeout);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return gone.getFirst();
  }
}
