package dev.hotline.discord;

import dev.hotline.chat.Backoff;
import dev.hotline.chat.ChatAdapter;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ConnectionObserver;
import dev.hotline.chat.Platform;
import dev.hotline.chat.QuizRevealer;
import dev.hotline.chat.TokenRejectedException;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.QuizPoster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hotline on Discord: translates slash commands, button clicks, mentions and direct messages into
 * chat commands, asks the {@link ChatService}, and renders its replies. It holds no answering or
 * conversation logic of its own.
 */
public final class DiscordAdapter implements ChatAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  /** Answering is CPU-bound and quick: a couple of workers keep up with any one server. */
  private static final int WORKERS = 2;

  /** Questions that may wait for a worker; beyond that, askers are told Hotline is busy. */
  private static final int QUEUED = 64;

  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  /** How long a start waits for the gateway before giving up (a server tries again later). */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** The shortest longest wait between reconnects that JDA accepts, in seconds. */
  private static final int JDA_MIN_MAX_RECONNECT_DELAY = 32;

  /** Discord lets a bot identify one shard every five seconds (without larger concurrency). */
  private static final Duration IDENTIFY_SPACING = Duration.ofSeconds(6);

  private final ChatService chat;
  private final String token;
  private final DiscordEndpoints endpoints;
  private final DiscordSharding sharding;
  private final Duration connectTimeout;
  private final Backoff reconnect;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private final PendingRequests pending = new PendingRequests();
  private final DiscordDayPoster poster;
  private final DiscordQuizPoster quizPoster;
  private final QuizMessages quizMessages;
  private SlowWork work;
  private volatile GatewayWatch watch;
  private volatile ShardManager shards;
  private volatile ConnectionObserver observer = ConnectionObserver.NONE;

  /**
   * @param token the bot token; kept out of every log and message
   * @param endpoints Discord's servers, or stand-ins such as a proxy or a test fake
   */
  public DiscordAdapter(ChatService chat, String token, DiscordEndpoints endpoints) {
    this(chat, token, endpoints, CONNECT_TIMEOUT, Backoff.standard());
  }

  /**
   * @param connectTimeout how long {@link #start} waits for the gateway
   * @param reconnect how long JDA waits between reconnects at most (it doubles from 2 s; JDA
   *     accepts no cap under 32 s)
   */
  public DiscordAdapter(
      ChatService chat,
      String token,
      DiscordEndpoints endpoints,
      Duration connectTimeout,
      Backoff reconnect) {
    this(chat, token, endpoints, DiscordSharding.one(), connectTimeout, reconnect);
  }

  /**
   * @param sharding the gateway shards this process runs; the servers of the others are another
   *     process's, whose daily posts this one can still make (over REST) when that process is down
   * @param connectTimeout how long {@link #start} waits for the first shard's gateway (each further
   *     shard adds the six seconds Discord spaces identifies by)
   */
  public DiscordAdapter(
      ChatService chat,
      String token,
      DiscordEndpoints endpoints,
      DiscordSharding sharding,
      Duration connectTimeout,
      Backoff reconnect) {
    this.chat = Objects.requireNonNull(chat, "chat");
    this.token = Objects.requireNonNull(token, "token");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.sharding = Objects.requireNonNull(sharding, "sharding");
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
    RestDayPoster rest = new RestDayPoster(token, endpoints, renderer);
    this.poster = new DiscordDayPoster(() -> this.shards, renderer, rest);
    this.quizPoster = new DiscordQuizPoster(poster, chat.quizzes());
    this.quizMessages =
        new QuizMessages(() -> this.shards, renderer, rest, pending, new DiscordFailures(chat));
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public void observe(ConnectionObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Logs in, waits until connected, and registers the slash commands (global; they replace earlier
   * ones). May be called again after it failed.
   *
   * @throws TokenRejectedException when Discord refuses the token (HTTP 401, gateway close 4004)
   * @throws DiscordUnreachableException when Discord's REST API or gateway cannot be reached
   */
  @Override
  public synchronized void start()
      throws InterruptedException, TokenRejectedException, DiscordUnreachableException {
    if (shards != null) {
      throw new IllegalStateException("The Discord adapter is already started");
    }
    work = new SlowWork(WORKERS, QUEUED);
    ChatService guarded = chat;
    DiscordFailures failures = new DiscordFailures(chat);
    InteractionReplies replies = new InteractionReplies(failures, pending);
    DiscordListener listener =
        new DiscordListener(
            new SlashCommandHandler(guarded, renderer, replies, failures, work, pending),
            new AutocompleteHandler(guarded, renderer, failures, pending),
            new ButtonHandler(guarded, renderer, replies),
            new MentionHandler(guarded, renderer, failures, work, pending));
    GatewayWatch gateway = new GatewayWatch(() -> observer);
    if (!sharding.auto()) {
      gateway.expect(range(sharding.from(), sharding.to()));
    }
    ShardManager started;
    try {
      started =
          DiscordConnection.shardManager(
                  token, endpoints, sharding, List.of(listener, gateway), gateway::connectFailed)
              .setMaxReconnectDelay(
                  (int) Math.max(JDA_MIN_MAX_RECONNECT_DELAY, reconnect.max().toSeconds()))
              .build();
    } catch (InvalidTokenException e) {
      work.close();
      throw new TokenRejectedException("Discord rejected the bot token (HTTP 401)");
    } catch (RuntimeException e) {
      work.close();
      if (unauthorized(e)) {
        // A shard manager logs in by asking for the bot's own user, which answers 401.
        throw new TokenRejectedException("Discord rejected the bot token (HTTP 401)");
      }
      throw new DiscordUnreachableException(
          "cannot reach Discord's REST API: " + DiscordUnreachableException.rootReason(e), e);
    }
    int count = sharding.auto() ? started.getShardsTotal() : sharding.count();
    if (sharding.auto()) {
      gateway.expect(range(0, count - 1));
    }
    try {
      connect(started, gateway, connectTimeout.plus(IDENTIFY_SPACING.multipliedBy(count - 1)));
      started.getShards().get(0).updateCommands().addCommands(SlashCommands.all()).complete();
    } catch (InterruptedException
        | RuntimeException
        | TokenRejectedException
        | DiscordUnreachableException e) {
      gateway.stopping();
      started.shutdown();
      started.getShards().forEach(JDA::shutdownNow);
      work.close();
      throw e;
    }
    watch = gateway;
    shards = started;
    log.info(
        "Connected to Discord as {} with {} slash commands ({})",
        started.getShards().get(0).getSelfUser().getName(),
        SlashCommands.all().size(),
        describe(started));
  }

  private void connect(ShardManager started, GatewayWatch gateway, Duration timeout)
      throws InterruptedException, TokenRejectedException, DiscordUnreachableException {
    boolean settled = gateway.awaitSettled(timeout);
    if (gateway.refusal() != null) {
      throw new TokenRejectedException(gateway.refusal());
    }
    boolean connected =
        !started.getShards().isEmpty()
            && started.getShards().stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED);
    if (!settled || !connected) {
      String why = gateway.lastFailure() == null ? "no answer" : gateway.lastFailure();
      throw new DiscordUnreachableException(
          "the gateway did not connect within " + timeout.toSeconds() + " s (" + why + ")", null);
    }
  }

  private String describe(ShardManager started) {
    int total = started.getShardsTotal();
    if (total == 1) {
      return "one shard";
    }
    int from = sharding.auto() ? 0 : sharding.from();
    int to = sharding.auto() ? total - 1 : sharding.to();
    return (from == to ? "shard " + from : "shards " + from + "-" + to) + " of " + total;
  }

  private static boolean unauthorized(RuntimeException e) {
    return e instanceof ErrorResponseException refused
        && refused.getResponse() != null
        && refused.getResponse().code == 401;
  }

  private static Set<Integer> range(int from, int to) {
    Set<Integer> ids = new TreeSet<>();
    for (int id = from; id <= to; id++) {
      ids.add(id);
    }
    return ids;
  }

  @Override
  public boolean connected() {
    ShardManager current = shards;
    return current != null
        && current.getShards().stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED);
  }

  /**
   * Each shard this process runs: connected or for how long not, its reconnects and servers, for
   * health checks and metrics. Empty until started.
   */
  public List<ShardStatus> shardStatuses() {
    ShardManager current = shards;
    GatewayWatch gateway = watch;
    if (current == null || gateway == null) {
      return List.of();
    }
    int total = current.getShardsTotal();
    List<ShardStatus> statuses = new ArrayList<>();
    for (GatewayWatch.ShardState state : gateway.states()) {
      JDA shard = current.getShardById(state.id());
      statuses.add(
          new ShardStatus(
              state.id(),
              total,
              state.connected(),
              state.downFor(),
              state.reconnects(),
              shard == null ? 0 : shard.getGuildCache().size()));
    }
    return statuses;
  }

  /**
   * Finishes the replies in flight (answers being worked out, requests Discord has not answered),
   * then disconnects every shard. Call it from a thread of your own: JDA completes requests on the
   * common fork-join pool, which a caller from that pool could leave without a thread.
   */
  @Override
  public synchronized void close() {
    ShardManager current = shards;
    if (current == null) {
      return;
    }
    work.close();
    watch.stopping();
    List<JDA> running = current.getShards();
    try {
      if (!pending.awaitIdle(SHUTDOWN_WAIT)) {
        log.warn(
            "Discord had not answered every reply after {}; disconnecting anyway", SHUTDOWN_WAIT);
      }
      running.forEach(JDA::shutdown);
      current.shutdown();
      for (JDA shard : running) {
        if (!shard.awaitShutdown(SHUTDOWN_WAIT)) {
          log.warn("Discord connection still open after {}; closing it hard", SHUTDOWN_WAIT);
          shard.shutdownNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.forEach(JDA::shutdownNow);
    }
    shards = null;
  }

  /**
   * Sends the daily posts to server channels while the adapter is connected (until then, and while
   * reconnecting, it asks the scheduler to retry); register it with the scheduler for {@link
   * Platform#DISCORD}. It blocks until Discord answers, so call it from a thread of your own.
   */
  public DayPoster poster() {
    return poster;
  }

  /**
   * Sends the daily quizzes to server channels, as {@link #poster()} sends the daily posts (the
   * process running the server's shard, or over REST when that process is down); register it with
   * the scheduler for {@link Platform#DISCORD}.
   */
  public QuizPoster quizPoster() {
    return quizPoster;
  }

  /**
   * Shows a quiz's answer by editing its message once its time is up: through the gateway when the
   * server is on one of this process's shards, over REST when it is another process's.
   */
  public QuizRevealer quizRevealer() {
    return quizMessages;
  }

  /**
   * The shard of {@code total} that serves server {@code guildId}: Discord's rule, the id shifted
   * right by 22 bits, modulo the total.
   */
  public static int shardOf(long guildId, int total) {
    return MiscUtil.getShardForGuild(guildId, total);
  }

  /** The shard manager while connected, for tests that look at its state. */
  ShardManager shardManager() {
    return shards;
  }
}
