package dev.hotline.discord;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs answering off JDA's event thread, which must stay free to read the gateway; a bounded queue
 * turns a flood into "busy" replies rather than answers that come too late to matter.
 */
final class SlowWork implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlowWork.class);

  private final ThreadPoolExecutor executor;

  SlowWork(int threads, int queued) {
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queued),
            runnable -> {
              Thread thread = new Thread(runnable, "hotline-discord-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs {@code work} soon, or {@code whenBusy} right away on this thread when too much is waiting.
   */
  void submit(Runnable work, Runnable whenBusy) {
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              log.error("Answering on Discord failed", e);
            }
          });
    } catch (RejectedExecutionException busy) {
      whenBusy.run();
    }
  }

  /** Takes no more work and waits for what is running or queued, so no reply is cut off. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Discord replies still running after 10 s; stopping them");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
