package dev.hotline.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotline.chat.ConnectionObserver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A running bot connection: the outbound {@link TelegramClient} and the long poll that feeds a
 * consumer, both pointed at the same Bot API server; closing it stops polling at once.
 */
public final class TelegramConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramConnection.class);
  private static final Duration OUTBOUND_TIMEOUT = Duration.ofSeconds(30);
  // The server holds a poll for pollTimeout; the socket must outlast that by a network round trip.
  private static final Duration POLL_READ_MARGIN = Duration.ofSeconds(15);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(1);

  private final TelegramConnectionSettings settings;
  private final OkHttpClient outboundHttp;
  private final PollingSockets pollingSockets;
  private final OkHttpClient pollingHttp;
  private final ScheduledExecutorService pollingThread;
  private final TelegramBotsLongPollingApplication longPolling;
  private final TelegramClient client;
  private final AtomicBoolean pollingStopped = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile BotSession session;

  private final PollingTurn turn;

  private TelegramConnection(
      TelegramConnectionSettings settings, ConnectionObserver observer, PollingTurn turn) {
    this.settings = settings;
    this.turn = turn;
    this.outboundHttp = outboundHttpClient();
    this.pollingSockets = new PollingSockets();
    this.pollingThread =
        Executors.newSingleThreadScheduledExecutor(TelegramConnection::pollingThread);
    this.pollingHttp =
        pollingHttpClient(outboundHttp, pollingSockets, settings.pollTimeout(), observer, turn);
    this.longPolling =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new,
            () -> pollingHttp,
            () -> pollingThread,
            () -> new PollBackoff(settings.retry()));
    this.client =
        new OkHttpTelegramClient(
            new ObjectMapper(), outboundHttp, settings.token(), settings.apiUrl());
  }

  /**
   * Creates the client, hands it to {@code consumerFactory} (so the consumer can reply through it)
   * and starts long polling; fails if the server refuses {@code deleteWebhook}.
   */
  public static TelegramConnection open(
      TelegramConnectionSettings settings,
      Function<? super TelegramClient, ? extends LongPollingUpdateConsumer> consumerFactory)
      throws TelegramApiException {
    return open(settings, ConnectionObserver.NONE, consumerFactory);
  }

  /**
   * As {@link #open(TelegramConnectionSettings, Function)}, telling {@code observer} how each long
   * poll goes.
   */
  public static TelegramConnection open(
      TelegramConnectionSettings settings,
      ConnectionObserver observer,
      Function<? super TelegramClient, ? extends LongPollingUpdateConsumer> consumerFactory)
      throws TelegramApiException {
    return open(settings, observer, PollingTurn.ALWAYS, consumerFactory);
  }

  /**
   * As {@link #open(TelegramConnectionSettings, ConnectionObserver, Function)}, polling only while
   * this process holds {@code turn} and handing on only the updates it took under it; the outbound
   * client works whether or not it polls.
   */
  public static TelegramConnection open(
      TelegramConnectionSettings settings,
      ConnectionObserver observer,
      PollingTurn turn,
      Function<? super TelegramClient, ? extends LongPollingUpdateConsumer> consumerFactory)
      throws TelegramApiException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(consumerFactory, "consumerFactory");
    TelegramConnection connection = new TelegramConnection(settings, observer, turn);
    try {
      connection.startPolling(
          Objects.requireNonNull(consumerFactory.apply(connection.client), "consumer"));
      return connection;
    } catch (TelegramApiException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * A connection that only sends: for webhook mode, where Telegram pushes updates instead (a long
   * poll would end the webhook: the library deletes it before polling).
   */
  public static TelegramConnection withoutPolling(TelegramConnectionSettings settings) {
    return new TelegramConnection(
        Objects.requireNonNull(settings, "settings"), ConnectionObserver.NONE, PollingTurn.ALWAYS);
  }

  /**
   * The outbound client for sending, editing and answering; it stays usable until {@link #close()}.
   */
  public TelegramClient client() {
    return client;
  }

  /** The settings this connection was opened with. */
  public TelegramConnectionSettings settings() {
    return settings;
  }

  /** Whether the long poll is still scheduled. */
  public boolean isPolling() {
    return !pollingStopped.get() && longPolling.isRunning();
  }

  /**
   * Stops polling and closes the consumer (the library does that), but keeps the outbound client
   * working, so replies to updates already received can still be sent; a poll the server is holding
   * is cut off rather than waited for.
   */
  public void stopPolling() {
    if (!pollingStopped.compareAndSet(false, true)) {
      return;
    }
    BotSession running = session;
    if (running != null) {
      running.stop(); // no further polls are scheduled
    }
    pollingSockets.closeAll(); // ends the poll in flight as "no updates"
    stopPollingThread();
    closeLongPolling();
  }

  /**
   * Stops polling if that is not done yet, then releases the outbound client's threads and sockets.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stopPolling();
    outboundHttp.dispatcher().executorService().shutdown(); // shared with the polling client
    outboundHttp.connectionPool().evictAll();
    pollingHttp.connectionPool().evictAll();
  }

  private void startPolling(LongPollingUpdateConsumer consumer) throws TelegramApiException {
    session =
        longPolling.registerBot(
            settings.token(),
            settings::apiUrl,
            new LongPollRequests(settings.pollTimeoutSeconds(), turn),
            turn == PollingTurn.ALWAYS ? consumer : new TurnTakingConsumer(turn, consumer));
  }

  private void stopPollingThread() {
    pollingThread.shutdown();
    try {
      if (!pollingThread.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        // Still in the library's back-off sleep after a failed poll: interrupt it.
        pollingThread.shutdownNow();
        if (!pollingThread.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn(
              "Telegram long-polling thread did not stop within {}",
              SHUTDOWN_GRACE.multipliedBy(2));
        }
      }
    } catch (InterruptedException e) {
      pollingThread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void closeLongPolling() {
    try {
      longPolling.close();
    } catch (Exception e) {
      LOG.warn("Closing Telegram long polling failed", e);
    }
  }

  private static OkHttpClient outboundHttpClient() {
    Dispatcher dispatcher = new Dispatcher();
    // Every call goes to one host; OkHttp's default of 5 per host would queue replies behind each
    // other.
    dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(OUTBOUND_TIMEOUT)
        .readTimeout(OUTBOUND_TIMEOUT)
        .writeTimeout(OUTBOUND_TIMEOUT)
        .build();
  }

  private static OkHttpClient pollingHttpClient(
      OkHttpClient base,
      PollingSockets sockets,
      Duration pollTimeout,
      ConnectionObserver observer,
      PollingTurn turn) {
    PollWatch watch = new PollWatch(observer, sockets);
    // Its own pool: OkHttp would otherwise reuse an outbound connection for the poll (the socket
    // factory is not part of a pooled connection's identity), and closeAll could not cut that one.
    // The gate comes before the watch: a poll answered without the turn never reached Telegram.
    return base.newBuilder()
        .connectionPool(new ConnectionPool())
        .socketFactory(sockets)
        .addInterceptor(new QuietShutdownInterceptor(sockets))
        .addInterceptor(new PollingTurnGate(turn))
        .addInterceptor(watch)
        .eventListener(watch.connections())
        .readTimeout(pollTimeout.plus(POLL_READ_MARGIN))
        .build();
  }

  // Daemon: whether the process keeps running is the application's decision, not the poller's.
  private static Thread pollingThread(Runnable task) {
    Thread thread = new Thread(task, "telegram-long-poll");
    thread.setDaemon(true);
    return thread;
  }
}
