package dev.hotline.telegram;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A long-polling consumer for tests: keeps what arrives, optionally reacts, and lets the test wait
 * for it.
 */
final class RecordingConsumer implements LongPollingSingleThreadUpdateConsumer {

  /** What the consumer does with each update, typically a reply through the real client. */
  @FunctionalInterface
  interface Reaction {
    void react(Update update) throws TelegramApiException;
  }

  private final BlockingQueue<Update> received = new LinkedBlockingQueue<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private volatile Reaction reaction = update -> {};
  private volatile boolean closed;

  void reactWith(Reaction reaction) {
    this.reaction = reaction;
  }

  @Override
  public void consume(Update update) {
    try {
      reaction.react(update);
    } catch (Exception | AssertionError e) {
      failures.add(e);
    } finally {
      received.add(
          update); // after the reaction, so a test that got the update also sees its effects
    }
  }

  Update next(Duration timeout) throws InterruptedException {
    Update update = received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (update == null) {
      fail("No update within " + timeout + "; reaction failures: " + failures);
    }
    return update;
  }

  void assertNoFailures() {
    if (!failures.isEmpty()) {
      AssertionError error =
          new AssertionError("The consumer's reaction failed " + failures.size() + " time(s)");
      new ArrayList<>(failures).forEach(error::addSuppressed);
      throw error;
    }
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
