package dev.hotline.app;

import dev.hotline.chat.Backoff;
import dev.hotline.chat.ChatAdapter;
import dev.hotline.chat.ConnectionObserver;
import dev.hotline.chat.TokenRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each chat adapter going on its own: starts it, and while its platform cannot be reached
 * tries again with capped exponential backoff for as long as it takes, without holding up the
 * others. A platform that rejects the token is said once, in one line; that adapter stays off. When
 * every adapter is off for good, nothing is left to serve.
 */
final class AdapterSupervisor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdapterSupervisor.class);

  /** Waits; tests pass one that moves a fake clock instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Consumer<String> say;
  private final UnaryOperator<String> redact;
  private final Runnable noneLeft;
  private final List<Thread> starters = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private int running; // guarded by this

  /**
   * @param say prints a line for the operator (the rejected-token line)
   * @param redact removes secrets from a message before it is shown or logged
   * @param noneLeft called once when the last adapter is off for good
   */
  AdapterSupervisor(
      Backoff backoff,
      Sleeper sleeper,
      Consumer<String> say,
      UnaryOperator<String> redact,
      Runnable noneLeft) {
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.say = say;
    this.redact = redact;
    this.noneLeft = noneLeft;
  }

  /**
   * Starts {@code adapter} on a thread of its own, reporting to {@code health}; {@code fix} tells
   * the operator what to check when the token is rejected (e.g. "DISCORD_TOKEN").
   */
  synchronized void supervise(ChatAdapter adapter, ConnectionObserver health, String fix) {
    Supervised supervised = new Supervised(adapter, health, fix);
    adapter.observe(supervised);
    running++;
    Thread starter =
        Thread.ofPlatform()
            .daemon()
            .name("hotline-start-" + adapter.platform().name().toLowerCase(Locale.ROOT))
            .start(supervised::startUntilConnected);
    starters.add(starter);
  }

  /** Stops trying to start adapters (the adapters themselves are closed by their owner). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<Thread> threads;
    synchronized (this) {
      threads = List.copyOf(starters);
    }
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void offForGood() {
    boolean last;
    synchronized (this) {
      last = --running == 0;
    }
    if (last && !closed.get()) {
      noneLeft.run();
    }
  }

  /** One adapter, and the relay of its connection reports to its health. */
  private final class Supervised implements ConnectionObserver {
    private final ChatAdapter adapter;
    private final ConnectionObserver health;
    private final String fix;
    private final AtomicBoolean refused = new AtomicBoolean();

    Supervised(ChatAdapter adapter, ConnectionObserver health, String fix) {
      this.adapter = adapter;
      this.health = health;
      this.fix = fix;
    }

    void startUntilConnected() {
      for (int failures = 1; !closed.get() && !refused.get(); failures++) {
        try {
          adapter.start();
          health.reached();
          return;
        } catch (TokenRejectedException e) {
          rejected(e.getMessage());
          return;
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          if (closed.get()) {
            return;
          }
          health.failed(redact.apply(describe(e)), e);
        }
        try {
          sleeper.sleep(backoff.delay(failures));
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    @Override
    public void reached() {
      health.reached();
    }

    @Override
    public void failed(String reason, Throwable cause) {
      health.failed(redact.apply(reason), cause);
    }

    /**
     * Said once; the adapter is closed on a thread of its own, never on the library thread that
     * reported the refusal (closing waits for that thread).
     */
    @Override
    public void rejected(String reason) {
      if (closed.get() || !refused.compareAndSet(false, true)) {
        return;
      }
      String line = redact.apply(reason);
      health.rejected(line);
      say.accept("hotline: " + line + "; " + name() + " stays off (check " + fix + ")");
      Thread.ofVirtual()
          .name("hotline-stop-" + name())
          .start(
              () -> {
                try {
                  adapter.close();
                } catch (RuntimeException e) {
                  LOG.warn("closing the {} adapter failed: {}", name(), e.getMessage());
                }
                offForGood();
              });
    }

    private String name() {
      String platform = adapter.platform().name();
      return platform.charAt(0) + platform.substring(1).toLowerCase(Locale.ROOT);
    }
  }

  /** A failure in one line: its message and, if it adds anything, its innermost cause's. */
  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root.getMessage() != null
          && !root.getClass().getSimpleName().equals("ContextException")
          && !message.contains(root.getMessage())) {
        message = message + ": " + root.getMessage();
      }
    }
    return message.lines().findFirst().orElse(message);
  }
}
