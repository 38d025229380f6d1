package dev.hotline.telegram;

import dev.hotline.chat.ChatAdapter;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ConnectionObserver;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizRevealer;
import dev.hotline.chat.TokenRejectedException;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.QuizPoster;
import dev.hotline.telegram.render.TelegramRenderer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Hotline on Telegram: turns updates into chat commands for the {@link ChatService} and renders its
 * replies, holding no answer or conversation logic of its own. Start it once; close it to stop.
 */
public final class TelegramAdapter implements ChatAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramAdapter.class);

  /** How long closing waits for replies in flight before cutting them off. */
  private static final Duration FINISH_GRACE = Duration.ofSeconds(10);

  private final ChatService chat;
  private final PollingTurn turn;
  private final TelegramWebhook webhook; // null: long polling
  private volatile WebhookReceiver receiver;
  private final TelegramConnectionSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration inlineSettle;
  private final TelegramRenderer renderer = new TelegramRenderer();
  private final ChatRegistry chats;
  private final ExecutorService workers =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("telegram-update-", 0).factory());
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(TelegramAdapter::timerThread);
  private volatile TelegramConnection connection;
  private volatile ConnectionObserver observer = ConnectionObserver.NONE;
  private volatile TelegramSender sender;
  private volatile QuizPolls polls;
  private volatile BotProfile profile;
  private final TelegramDayPoster poster = new TelegramDayPoster(() -> sender, renderer);
  private final TelegramQuizPoster quizPoster = new TelegramQuizPoster(() -> polls);

  /**
   * An adapter that answers through {@code chat} on the bot and server {@code settings} name (see
   * read by {@code hotline serve} from its configuration); {@code clock} paces sending.
   */
  public TelegramAdapter(ChatService chat, TelegramConnectionSettings settings, Clock clock) {
    this(chat, settings, clock, PollingTurn.ALWAYS);
  }

  /**
   * An adapter that polls only while this process holds {@code turn}, for a bot several processes
   * serve; it sends (replies, daily posts) whether or not it polls.
   */
  public TelegramAdapter(
      ChatService chat, TelegramConnectionSettings settings, Clock clock, PollingTurn turn) {
    this(chat, settings, clock, Sleeper.system(), InlineQueryDesk.SETTLE, turn, null);
  }

  /**
   * An adapter in webhook mode: on start it sets the bot's webhook and listens for the updates
   * Telegram pushes, which may reach any of several processes behind a load balancer.
   */
  public TelegramAdapter(
      ChatService chat, TelegramConnectionSettings settings, Clock clock, TelegramWebhook webhook) {
    this(
        chat,
        settings,
        clock,
        Sleeper.system(),
        InlineQueryDesk.SETTLE,
        PollingTurn.ALWAYS,
        Objects.requireNonNull(webhook, "webhook"));
  }

  TelegramAdapter(
      ChatService chat,
      TelegramConnectionSettings settings,
      Clock clock,
      Sleeper sleeper,
      Duration inlineSettle) {
    this(chat, settings, clock, sleeper, inlineSettle, PollingTurn.ALWAYS, null);
  }

  private TelegramAdapter(
      ChatService chat,
      TelegramConnectionSettings settings,
      Clock clock,
      Sleeper sleeper,
      Duration inlineSettle,
      PollingTurn turn,
      TelegramWebhook webhook) {
    this.turn = Objects.requireNonNull(turn, "turn");
    this.webhook = webhook;
    this.chat = Objects.requireNonNull(chat, "chat");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = sleeper;
    this.inlineSettle = inlineSettle;
    this.chats =
        new ChatRegistry(
            new ChatRegistry.Listener() {
              @Override
              public void gone(ChatPlace place, String reason) {
                chat.placeGone(place, reason);
              }

              @Override
              public void moved(ChatPlace from, ChatPlace to) {
                chat.placeMoved(from, to);
              }
            });
  }

  @Override
  public Platform platform() {
    return Platform.TELEGRAM;
  }

  /**
   * Daily posts to Telegram chats, for the scheduler; until {@link #start} has connected, posts
   * wait and are tried again.
   */
  public DayPoster poster() {
    return poster;
  }

  /**
   * Daily quizzes to Telegram chats, as quiz polls, for the scheduler; until {@link #start} has
   * connected, they wait and are tried again.
   */
  public QuizPoster quizPoster() {
    return quizPoster;
  }

  /**
   * Nothing to do when a quiz's time is up: a quiz poll closes itself after its open period and
   * shows every member the right answer and how the chat voted.
   */
  public QuizRevealer quizRevealer() {
    return (place, ref, card) -> {};
  }

  /** Learns the bot's name, starts long polling and publishes the command menu. */
  @Override
  public void observe(ConnectionObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Learns the bot's name, starts long polling and publishes the command menu; may be called again
   * after it failed.
   *
   * @throws TokenRejectedException when Telegram refuses the token
   * @throws TelegramApiException when the Bot API cannot be reached
   */
  @Override
  public synchronized void start() throws TelegramApiException, TokenRejectedException {
    if (connection != null) {
      throw new IllegalStateException("The Telegram adapter was started already");
    }
    try {
      if (webhook == null) {
        connection = TelegramConnection.open(settings, observer, turn, this::consumerFor);
      } else {
        connection = listenForWebhook();
      }
    } catch (StartFailure e) {
      throw rejectedOr(e.getCause());
    } catch (TelegramApiException e) {
      throw rejectedOr(e);
    }
    publishMenu();
    LOG.info(
        "Telegram: answering as @{} through {}://{}:{}",
        profile.username(),
        settings.apiUrl().getSchema(),
        settings.apiUrl().getHost(),
        settings.apiUrl().getPort());
  }

  /**
   * Whether this process polls the bot's updates now: always when it serves the bot alone, only
   * while it holds the turn when several processes do.
   */
  public boolean pollsNow() {
    return webhook == null && turn.held();
  }

  /**
   * Sets the webhook and listens for it: the receiver first, so that no update Telegram pushes as
   * soon as the webhook is set finds nobody listening.
   */
  private TelegramConnection listenForWebhook() throws TelegramApiException {
    TelegramConnection open = TelegramConnection.withoutPolling(settings);
    try {
      LongPollingUpdateConsumer consumer = consumerFor(open.client());
      try {
        receiver = WebhookReceiver.start(webhook, consumer);
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot listen for the Telegram webhook on "
                + webhook.bind()
                + ":"
                + webhook.port()
                + ": "
                + e.getMessage(),
            e);
      }
      open.client()
          .execute(
              SetWebhook.builder()
                  .url(webhook.url().toString())
                  .secretToken(webhook.secret())
                  .allowedUpdates(LongPollRequests.UPDATE_TYPES)
                  .build());
      LOG.info(
          "Telegram: updates pushed to {} reach this process on {}:{}",
          webhook.url(),
          webhook.bind(),
          receiver.port());
      return open;
    } catch (TelegramApiException | RuntimeException e) {
      if (receiver != null) {
        receiver.close();
        receiver = null;
      }
      open.close();
      throw e;
    }
  }

  @Override
  public boolean connected() {
    TelegramConnection open = connection;
    return open != null && open.isPolling();
  }

  /** Stops polling, lets replies in flight finish for a few seconds, then disconnects. */
  @Override
  public synchronized void close() {
    WebhookReceiver listening = receiver;
    if (listening != null) {
      listening.close(); // the webhook stays set: other processes may still be taking its updates
      receiver = null;
    }
    TelegramConnection open = connection;
    if (open != null) {
      open.stopPolling();
    }
    timer.shutdownNow(); // inline queries not yet answered have lost their asker's attention anyway
    workers.shutdown();
    try {
      if (!workers.awaitTermination(FINISH_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Telegram replies still in flight after {}; cutting them off", FINISH_GRACE);
        workers.shutdownNow(); // interrupts flood waits
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (open != null) {
      open.close();
    }
  }

  // Called by TelegramConnection before polling starts, so no update arrives before the bot knows
  // its name.
  private LongPollingUpdateConsumer consumerFor(TelegramClient client) {
    BotProfile bot = whoAmI(client);
    TelegramSender out =
        new TelegramSender(client, new SendPacer(clock, sleeper), sleeper, chats, settings.token());
    QuizPolls quizPolls = new QuizPolls(out, renderer, chat.quizzes());
    ReplyDelivery delivery = new ReplyDelivery(out, renderer, bot, quizPolls);
    MessageHandler messages =
        new MessageHandler(chat, chats, new ChatAdministrators(out), delivery, bot);
    ButtonHandler buttons = new ButtonHandler(chat, out, delivery, renderer);
    InlineQueryDesk inline =
        new InlineQueryDesk(
            timer,
            workers,
            inlineSettle,
            InlineQueryDesk.RETRY,
            new InlineAnswers(chat, out, renderer));
    this.profile = bot;
    this.sender = out;
    this.polls = quizPolls;
    UpdateRouter router =
        new UpdateRouter(
            messages, buttons, inline, new PollAnswerHandler(chat.quizzes(), quizPolls), chats);
    return new UpdateConsumer(workers, router::route);
  }

  /** 401 and 404 are Telegram's answers to a token it does not know. */
  private static TelegramApiException rejectedOr(TelegramApiException e)
      throws TokenRejectedException {
    if (e instanceof TelegramApiRequestException refused
        && refused.getErrorCode() != null
        && (refused.getErrorCode() == 401 || refused.getErrorCode() == 404)) {
      throw new TokenRejectedException(
          "Telegram rejected the bot token ("
              + refused.getErrorCode()
              + " "
              + refused.getApiResponse()
              + ")");
    }
    return e;
  }

  private static BotProfile whoAmI(TelegramClient client) {
    try {
      return BotProfile.of(client.execute(new GetMe()));
    } catch (TelegramApiException e) {
      throw new StartFailure(e);
    }
  }

  // Everyone sees the questions; group administrators see the settings as well.
  private void publishMenu() {
    publish(new BotCommandScopeDefault(), TelegramCommands.menu(false));
    publish(new BotCommandScopeAllChatAdministrators(), TelegramCommands.menu(true));
  }

  private void publish(BotCommandScope scope, List<BotCommand> commands) {
    if (sender.call(SetMyCommands.builder().scope(scope).commands(commands).build()).isEmpty()) {
      LOG.warn(
          "Telegram: could not publish the command menu for {}; commands still work when typed",
          scope.getType());
    }
  }

  private static Thread timerThread(Runnable task) {
    Thread thread = new Thread(task, "telegram-inline-timer");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Carries a failed {@code getMe} out of the connection's consumer factory, which may not throw
   * it.
   */
  private static final class StartFailure extends RuntimeException {
    StartFailure(TelegramApiException cause) {
      super(cause);
    }

    @Override
    public synchronized TelegramApiException getCause() {
      return (TelegramApiException) super.getCause();
    }
  }
}
