package dev.hotline.discord;

import dev.hotline.chat.ConnectionObserver;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Follows one JDA client's gateway connection and tells the observer: connected, lost, a reconnect
 * that failed, or Discord closing the gateway for good (4004, a rejected token). JDA itself
 * reconnects after a loss, waiting longer each time.
 */
final class GatewayWatch extends ListenerAdapter {
  private final Supplier<ConnectionObserver> observer;
  private final CountDownLatch settled = new CountDownLatch(1);
  private volatile String refusal;
  private volatile String lastFailure;
  private volatile boolean stopping;

  GatewayWatch(Supplier<ConnectionObserver> observer) {
    this.observer = observer;
  }

  /** Waits until the client is connected, or shut down; false when neither happened in time. */
  boolean awaitSettled(Duration timeout) throws InterruptedException {
    return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Why Discord closed the gateway for good, or {@code null}. */
  String refusal() {
    return refusal;
  }

  /** Why the last attempt to connect failed, or {@code null}. */
  String lastFailure() {
    return lastFailure;
  }

  /** Hotline is shutting the client down itself: not a refusal. */
  void stopping() {
    stopping = true;
  }

  /** A first connection to the gateway failed (JDA will try again). */
  void connectFailed(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason =
        "cannot reach the gateway: "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    lastFailure = reason;
    observer.get().failed(reason, e);
  }

  @Override
  public void onStatusChange(StatusChangeEvent event) {
    JDA.Status now = event.getNewStatus();
    JDA.Status before = event.getOldStatus();
    if (now == JDA.Status.CONNECTED) {
      observer.get().reached();
      settled.countDown();
    } else if (before == JDA.Status.ATTEMPTING_TO_RECONNECT
        && now == JDA.Status.WAITING_TO_RECONNECT) {
      report("reconnecting to the gateway failed");
    }
  }

  @Override
  public void onSessionDisconnect(SessionDisconnectEvent event) {
    if (stopping) {
      return;
    }
    CloseCode code = event.getCloseCode();
    report(
        code == null
            ? "lost the gateway connection"
            : "the gateway closed the connection ("
                + code.getCode()
                + " "
                + code.getMeaning()
                + ")");
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    CloseCode code = event.getCloseCode();
    if (!stopping && code != null && !code.isReconnect()) {
      refusal =
          code == CloseCode.AUTHENTICATION_FAILED
              ? "Discord rejected the bot token (gateway close 4004)"
              : "Discord closed the gateway for good ("
                  + code.getCode()
                  + " "
                  + code.getMeaning()
                  + ")";
      observer.get().rejected(refusal);
    }
    settled.countDown();
  }

  private void report(String reason) {
    if (!stopping) {
      lastFailure = reason;
      observer.get().failed(reason, null);
    }
  }
}
