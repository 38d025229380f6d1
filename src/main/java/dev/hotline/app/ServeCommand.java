package dev.hotline.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.hotline.answer.AnswerService;
import dev.hotline.chat.ChatAdapter;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.Platform;
import dev.hotline.cli.HotlineCommand;
import dev.hotline.config.ConfigException;
import dev.hotline.config.DiscordShards;
import dev.hotline.config.HotlineConfig;
import dev.hotline.config.Secrets;
import dev.hotline.config.ServerConfig;
import dev.hotline.config.TelegramWebhookConfig;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.discord.DiscordEndpoints;
import dev.hotline.discord.DiscordSharding;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.LiveIndex;
import dev.hotline.index.Synonyms;
import dev.hotline.ops.ConnectionHealth;
import dev.hotline.ops.HealthServer;
import dev.hotline.ops.PrometheusMetrics;
import dev.hotline.store.Database;
import dev.hotline.store.ProcessInfo;
import dev.hotline.store.ShardRange;
import dev.hotline.store.StoreException;
import dev.hotline.telegram.TelegramAdapter;
import dev.hotline.telegram.TelegramApiUrl;
import dev.hotline.telegram.TelegramConnectionSettings;
import dev.hotline.telegram.TelegramWebhook;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hotline serve}: runs every chat adapter whose token is set, with live index reload, the
 * health endpoint and graceful shutdown on SIGTERM or Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = HotlineCommand.Version.class,
    description = "Run the chat bots whose tokens are set (DISCORD_TOKEN, TELEGRAM_TOKEN).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  DISCORD_TOKEN=... ./hotline serve",
      "  TELEGRAM_TOKEN=... HOTLINE_INDEX=my-index ./hotline serve --config my.yaml",
      "The index and everything else come from the configuration (docs:"
          + " config/hotline.example.yaml)."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: config/hotline.yaml if present).")
  Path config;

  @Spec CommandSpec spec;

  private final Hotline hotline;
  private final Map<String, String> environment;
  private final ServeTimings timings;

  /** How long a stop signal waits for replies in flight before the JVM ends anyway. */
  static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(15);

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread stopHook = stopHook();

  ServeCommand(Hotline hotline, Map<String, String> environment) {
    this(hotline, environment, ServeTimings.standard());
  }

  /** With other retry and health timings, so that tests of outages need not wait minutes. */
  ServeCommand(Hotline hotline, Map<String, String> environment, ServeTimings timings) {
    this.hotline = hotline;
    this.environment = Map.copyOf(environment);
    this.timings = timings;
  }

  /** Asks a running server to stop as SIGTERM would. */
  void stop() {
    stop.countDown();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    HotlineConfig settings;
    Secrets secrets;
    try {
      ServerConfig loaded =
          ServerConfig.load(environment, hotline.home(), Optional.ofNullable(config));
      loaded.warnings().forEach(warning -> err.println("hotline: warning: " + warning));
      settings = loaded.settings();
      secrets = loaded.secrets();
    } catch (ConfigException e) {
      err.println("hotline: bad configuration: " + e.getMessage());
      return 2;
    }
    if (secrets.discordToken().isEmpty() && secrets.telegramToken().isEmpty()) {
      err.println(
          "hotline: nothing to serve: set DISCORD_TOKEN and/or TELEGRAM_TOKEN in the environment "
              + "(or a secrets file), or try the bot locally with: "
              + hotline.command()
              + " console");
      return 2;
    }
    setLogLevel(settings.logLevel());
    PrometheusMetrics metrics = new PrometheusMetrics();
    try (LiveIndex index = LiveIndex.open(new IndexLocation(settings.index()), Synonyms.bundled());
        ChatRuntime runtime = openRuntime(settings, secrets, index, metrics, err)) {
      if (runtime == null) {
        return 1;
      }
      return serve(settings, secrets, index, runtime, metrics, err);
    } finally {
      removeStopHook();
      stopped.countDown();
    }
  }

  /** The chat runtime, or {@code null} after saying in one line why its database cannot be used. */
  private ChatRuntime openRuntime(
      HotlineConfig settings,
      Secrets secrets,
      LiveIndex index,
      PrometheusMetrics metrics,
      PrintWriter err) {
    AnswerService answers = new AnswerService(index);
    try {
      if (settings.databaseUrl().isEmpty()) {
        return ChatRuntime.open(
            settings.databaseFile(), answers, metrics, hotline.clock(), hotline.version());
      }
      Database database =
          Database.openUrl(
              settings.databaseUrl().get(),
              secrets.databaseUser().orElse(null),
              secrets.databasePassword().orElse(null),
              hotline.clock());
      try {
        Cluster cluster =
            Cluster.join(
                database,
                thisProcess(settings, secrets),
                ServeCommand::discordShardOf,
                settings.leaseTime(),
                settings.takeoverGrace(),
                hotline.clock());
        return ChatRuntime.shared(
            database, cluster, answers, metrics, hotline.clock(), hotline.version());
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    } catch (StoreException e) {
      err.println("hotline: " + redacted(e.getMessage(), secrets));
      return null;
    }
  }

  private static DiscordSharding sharding(DiscordShards shards) {
    return shards.auto()
        ? DiscordSharding.recommended()
        : DiscordSharding.of(shards.total().getAsInt(), shards.from(), shards.to());
  }

  /** This process as the others sharing the database see it: its platforms and shards. */
  private static ProcessInfo thisProcess(HotlineConfig settings, Secrets secrets) {
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    secrets.discordToken().ifPresent(token -> platforms.add(Platform.DISCORD));
    secrets.telegramToken().ifPresent(token -> platforms.add(Platform.TELEGRAM));
    DiscordShards shards = settings.discordShards();
    ShardRange range;
    if (!platforms.contains(Platform.DISCORD)) {
      range = ShardRange.none();
    } else if (shards.auto()) {
      range = ShardRange.all(1); // every shard runs here: every server is this process's
    } else {
      range = new ShardRange(shards.total().getAsInt(), shards.from(), shards.to());
    }
    return new ProcessInfo(ProcessIds.newId(), platforms, range);
  }

  /** Discord's rule for which shard serves a server; other places are anyone's. */
  private static OptionalInt discordShardOf(ChatPlace place, int total) {
    if (place.platform() != Platform.DISCORD || place.direct()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(
          DiscordAdapter.shardOf(Long.parseUnsignedLong(place.serverId()), total));
    } catch (NumberFormatException e) {
      return OptionalInt.empty(); // not a Discord server id: the poster will say it is gone
    }
  }

  private int serve(
      HotlineConfig settings,
      Secrets secrets,
      LiveIndex index,
      ChatRuntime runtime,
      PrometheusMetrics metrics,
      PrintWriter err)
      throws Exception {
    ChatService chat = runtime.chat();
    ScheduledExecutorService reloader =
        Executors.newSingleThreadScheduledExecutor(daemon("hotline-index-reload"));
    List<ChatAdapter> adapters = new ArrayList<>();
    Map<ChatAdapter, ConnectionHealth> health = new LinkedHashMap<>();
    AtomicInteger exit = new AtomicInteger();
    AdapterSupervisor supervisor =
        new AdapterSupervisor(
            timings.backoff(),
            Thread::sleep,
            line -> {
              err.println(line);
              err.flush();
            },
            message -> redacted(message, secrets),
            // Each refusal said why in its line; with every platform off, nothing is left to run.
            () -> {
              exit.set(1);
              stop.countDown();
            });
    HealthServer healthServer = null;
    // Adapters, health and reloads stop inside this block, so the index and the database they
    // use close only after the last reply in flight has finished.
    try {
      adapters.addAll(adapters(settings, secrets, chat, runtime));
      for (ChatAdapter adapter : adapters) {
        ConnectionHealth connection =
            new ConnectionHealth(adapter.platform(), hotline.clock(), timings.downAfter(), metrics);
        health.put(adapter, connection);
        supervisor.supervise(adapter, connection, tokenVariable(adapter.platform()));
      }
      ServeHealth.metrics(metrics, adapters, runtime);
      runtime.startDailyPosts();
      reloader.scheduleWithFixedDelay(
          index::reloadIfChanged,
          settings.reloadSeconds(),
          settings.reloadSeconds(),
          TimeUnit.SECONDS);
      if (settings.healthPort() > 0) {
        healthServer =
            HealthServer.start(
                settings.healthBind(),
                settings.healthPort(),
                ServeHealth.checks(index, runtime, health, timings.downAfter()),
                metrics);
        LOG.info(
            "health and metrics on http://{}:{}/health",
            settings.healthBind(),
            healthServer.port());
      }
      Runtime.getRuntime().addShutdownHook(stopHook);
      spec.commandLine()
          .getOut()
          .println("hotline: serving " + platforms(adapters) + "; stop with Ctrl-C or SIGTERM");
      spec.commandLine().getOut().flush();
      stop.await();
      LOG.info("stopping: finishing replies in flight");
      return exit.get();
    } finally {
      supervisor.close();
      if (healthServer != null) {
        healthServer.close();
      }
      reloader.shutdownNow();
      for (ChatAdapter adapter : adapters) {
        adapter.close();
      }
    }
  }

  /** An adapter for each platform whose token is set, its daily posts registered. */
  private List<ChatAdapter> adapters(
      HotlineConfig settings, Secrets secrets, ChatService chat, ChatRuntime runtime) {
    List<ChatAdapter> adapters = new ArrayList<>();
    if (secrets.discordToken().isPresent()) {
      DiscordAdapter discord =
          new DiscordAdapter(
              chat,
              secrets.discordToken().get(),
              new DiscordEndpoints(settings.discordRestUrl(), settings.discordGatewayUrl()),
              sharding(settings.discordShards()),
              timings.discordConnectTimeout(),
              timings.backoff());
      runtime.registerPoster(Platform.DISCORD, discord.poster());
      runtime.registerQuizzes(Platform.DISCORD, discord.quizPoster(), discord.quizRevealer());
      adapters.add(discord);
    }
    if (secrets.telegramToken().isPresent()) {
      var apiUrl =
          settings.telegramApiUrl().map(TelegramApiUrl::parse).orElse(TelegramUrl.DEFAULT_URL);
      String token = secrets.telegramToken().get();
      TelegramConnectionSettings connection =
          TelegramConnectionSettings.of(token, apiUrl).withRetry(timings.backoff());
      TelegramWebhookConfig webhook = settings.telegramWebhook();
      TelegramAdapter telegram =
          webhook.url().isEmpty()
              ? new TelegramAdapter(chat, connection, hotline.clock(), runtime.telegramTurn(token))
              : new TelegramAdapter(
                  chat,
                  connection,
                  hotline.clock(),
                  new TelegramWebhook(
                      URI.create(webhook.url().get()),
                      webhook.bind(),
                      webhook.port(),
                      secrets.telegramWebhookSecret().orElseThrow(),
                      runtime.telegramUpdates(token)));
      runtime.registerPoster(Platform.TELEGRAM, telegram.poster());
      runtime.registerQuizzes(Platform.TELEGRAM, telegram.quizPoster(), telegram.quizRevealer());
      adapters.add(telegram);
    }
    return adapters;
  }

  /**
   * SIGTERM or Ctrl-C: let the main thread stop taking questions and finish what is in flight, then
   * end the process with status 0 (a JVM ended by a signal would otherwise report 143).
   */
  private Thread stopHook() {
    return new Thread(
        () -> {
          stop.countDown();
          try {
            if (stopped.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
              Runtime.getRuntime().halt(0);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        "hotline-stop");
  }

  private void removeStopHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it ends the process once the clean-up below is done.
    }
  }

  private static String tokenVariable(Platform platform) {
    return platform == Platform.DISCORD ? "DISCORD_TOKEN" : "TELEGRAM_TOKEN";
  }

  /** The message with any token cut out: a library may echo the URL or header it failed on. */
  private static String redacted(String message, Secrets secrets) {
    String clean = message;
    for (String token : secrets.tokens()) {
      clean = clean.replace(token, "<token>");
    }
    return clean;
  }

  private static String platforms(List<ChatAdapter> adapters) {
    return String.join(
        " and ",
        adapters.stream()
            .map(a -> a.platform().name().toLowerCase(java.util.Locale.ROOT))
            .toList());
  }

  /**
   * Libraries that report every failed reconnect themselves (telegrambots with a stack trace each
   * time) are quiet in logback.xml: {@link ConnectionHealth} says it in one line instead. At debug
   * level they speak again.
   */
  private static final List<String> RECONNECT_LOGGERS =
      List.of(
          "org.telegram.telegrambots.longpolling.BotSession",
          "net.dv8tion.jda.api.utils.SessionControllerAdapter",
          "net.dv8tion.jda.internal.requests.WebSocketClient",
          "net.dv8tion.jda.internal.requests.Requester");

  private static void setLogLevel(String level) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Level root = Level.toLevel(level, Level.INFO);
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(root);
      if (root.toInt() <= Level.DEBUG.toInt()) {
        RECONNECT_LOGGERS.forEach(name -> context.getLogger(name).setLevel(null));
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
