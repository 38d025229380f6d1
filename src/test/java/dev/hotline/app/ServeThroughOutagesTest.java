package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hotline.chat.Backoff;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.FakeDiscordSetup;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.telegram.fake.FakeBotIdentity;
import dev.hotline.testing.Ports;
import dev.hotline.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code hotline serve} while a platform is out of reach, against the fake Discord and Bot API
 * servers: the other platform goes on answering, {@code /health} names the one that is down, and it
 * comes back by itself when its server does. Timings are short (retries from 100 ms, "down" after 1
 * s); waits are generous and nothing asserts how fast the wall clock went.
 */
@Timeout(120)
class ServeThroughOutagesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** The token the fake Bot API accepts, known before a fake is started. */
  private static final String BOT_API_TOKEN = FakeBotIdentity.named("HotlineBot").token();

  private static final ServeTimings QUICK =
      new ServeTimings(
          new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
          Duration.ofSeconds(1),
          Duration.ofSeconds(3));

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private int healthPort;
  private long telegramUser = 41;

  @BeforeEach
  void captureLogs() throws Exception {
    logs.start();
    root().addAppender(logs);
    healthPort = Ports.free();
  }

  @AfterEach
  void releaseLogs() {
    root().detachAppender(logs);
    root().setLevel(Level.WARN);
  }

  @Test
  void anUnreachableBotApiLeavesDiscordAnsweringAndTelegramComesBackByItself() throws Exception {
    int botApiPort = Ports.free(); // nothing listens there yet
    try (FakeDiscord discord = FakeDiscord.start()) {
      Map<String, String> environment = environment();
      environment.putAll(discordEnvironment(discord.restUrl(), discord.gatewayUrl()));
      environment.put("TELEGRAM_TOKEN", BOT_API_TOKEN);
      environment.put("HOTLINE_TELEGRAM_API_URL", "http://127.0.0.1:" + botApiPort);
      ServeCommand serve = new ServeCommand(new Hotline(Clock.systemUTC()), environment, QUICK);
      CompletableFuture<Integer> exit = run(serve);
      try {
        discord.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
        awaitStatus("telegram", 503);
        assertThat(status("discord")).isEqualTo(200);
        assertThat(status("")).isEqualTo(503);
        assertThat(body("")).contains("\"telegram\":\"down\"").contains("\"discord\":\"up\"");
        assertThat(askOnDiscord(discord)).contains("1969");
        assertThat(exit).isNotDone();

        try (FakeBotApi api = FakeBotApi.startOn(botApiPort)) {
          api.awaitCall("setMyCommands", WAIT);
          awaitStatus("telegram", 200);
          assertThat(status("")).isEqualTo(200);
          assertThat(askOnTelegram(api)).contains("1969");
        }
        // The Bot API goes away while Hotline polls it, then comes back.
        awaitStatus("telegram", 503);
        assertThat(status("discord")).isEqualTo(200);
        try (FakeBotApi api = FakeBotApi.startOn(botApiPort)) {
          api.awaitHeldPoll(WAIT);
          awaitStatus("telegram", 200);
          assertThat(askOnTelegram(api)).contains("1969");
        }
        String metrics = body("/metrics");
        assertThat(metrics).contains("hotline_reconnects_total{platform=\"telegram\"} 1");
        assertThat(metrics)
            .containsPattern("hotline_connection_failures_total\\{platform=\"telegram\"} [1-9]");
      } finally {
        serve.stop();
      }
      assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }
    assertThat(err.toString()).isEmpty();
    assertQuietLines("Telegram", 1);
  }

  @Test
  void anUnreachableGatewayLeavesTelegramAnsweringAndDiscordComesBackByItself() throws Exception {
    int gatewayPort = Ports.free(); // nothing listens there yet
    try (FakeDiscord rest = FakeDiscord.start();
        FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> environment = environment();
      environment.putAll(
          discordEnvironment(rest.restUrl(), "ws://127.0.0.1:" + gatewayPort + "/gateway"));
      environment.put("TELEGRAM_TOKEN", api.bot().token());
      environment.put("HOTLINE_TELEGRAM_API_URL", api.baseUrl());
      ServeCommand serve = new ServeCommand(new Hotline(Clock.systemUTC()), environment, QUICK);
      CompletableFuture<Integer> exit = run(serve);
      try {
        api.awaitCall("setMyCommands", WAIT);
        awaitStatus("discord", 503);
        assertThat(status("telegram")).isEqualTo(200);
        assertThat(body("")).contains("\"discord\":\"down\"").contains("\"telegram\":\"up\"");
        assertThat(askOnTelegram(api)).contains("1969");
        assertThat(exit).isNotDone();

        // Discord's gateway comes up where Hotline was pointed; its REST API stays where it was.
        try (FakeDiscord gateway = FakeDiscord.start(FakeDiscordSetup.defaults(), gatewayPort)) {
          rest.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
          awaitStatus("discord", 200);
          assertThat(status("")).isEqualTo(200);
          assertThat(gateway.gatewayPayloads()).isNotEmpty();
          serve.stop();
          assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        }
      } finally {
        serve.stop();
      }
    }
    assertThat(err.toString()).isEmpty();
    assertQuietLines("Discord", 0);
  }

  @Test
  void aRejectedTokenIsOneLineAndTheOtherPlatformGoesOn() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> environment = environment();
      environment.putAll(discordEnvironment(discord.restUrl(), discord.gatewayUrl()));
      environment.put("TELEGRAM_TOKEN", "7000000001:not-the-token");
      environment.put("HOTLINE_TELEGRAM_API_URL", api.baseUrl());
      ServeCommand serve = new ServeCommand(new Hotline(Clock.systemUTC()), environment, QUICK);
      CompletableFuture<Integer> exit = run(serve);
      try {
        awaitErr("stays off");
        assertThat(err.toString().lines().toList())
            .containsExactly(
                "hotline: Telegram rejected the bot token (401 Unauthorized); Telegram stays off"
                    + " (check TELEGRAM_TOKEN)");
        assertThat(err.toString()).doesNotContain("not-the-token");
        discord.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
        assertThat(askOnDiscord(discord)).contains("1969");
        assertThat(status("telegram")).isEqualTo(503);
        assertThat(status("discord")).isEqualTo(200);
        assertThat(exit).isNotDone();
        // Told once: the token is not tried again.
        assertThat(api.calls("getMe")).hasSize(1);
      } finally {
        serve.stop();
      }
      assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }
  }

  @Test
  void aGatewayClosingWith4004IsOneLineAndWithNothingLeftServeExitsOne() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      Map<String, String> environment = environment();
      environment.putAll(discordEnvironment(discord.restUrl(), discord.gatewayUrl()));
      ServeCommand serve = new ServeCommand(new Hotline(Clock.systemUTC()), environment, QUICK);
      CompletableFuture<Integer> exit = run(serve);
      discord.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
      awaitStatus("discord", 200);
      discord.disconnectGateway(4004, "Authentication failed");
      assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(err.toString().lines().toList())
          .containsExactly(
              "hotline: Discord rejected the bot token (gateway close 4004); Discord stays off"
                  + " (check DISCORD_TOKEN)");
    }
  }

  /**
   * Warnings come without stack traces, and at most one a minute says the platform is unreachable,
   * however many attempts and outages; each recovery is said at info level.
   */
  private void assertQuietLines(String platform, int recoveries) {
    List<ILoggingEvent> warnings =
        logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    assertThat(warnings).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    List<String> unreachable =
        warnings.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .filter(m -> m.startsWith(platform + " unreachable"))
            .toList();
    assertThat(unreachable).hasSize(1);
    assertThat(
            logs.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith(platform + " reachable again after")))
        .hasSize(recoveries);
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    try {
      environment.put("HOTLINE_INDEX", TestCorpus.index(dir).root().toString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    environment.put("HOTLINE_DATA_DIR", dir.resolve("data").toString());
    environment.put("HOTLINE_HEALTH_PORT", Integer.toString(healthPort));
    environment.put("HOTLINE_LOG_LEVEL", "info");
    return environment;
  }

  private static Map<String, String> discordEnvironment(String restUrl, String gatewayUrl) {
    return Map.of(
        "DISCORD_TOKEN",
        FakeDiscordSetup.defaults().token(),
        "HOTLINE_DISCORD_REST_URL",
        restUrl,
        "HOTLINE_DISCORD_GATEWAY_URL",
        gatewayUrl);
  }

  private CompletableFuture<Integer> run(ServeCommand serve) {
    CommandLine line = new CommandLine(serve);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    // Its own thread, as main's: closing JDA waits for callbacks on the common pool.
    new Thread(() -> exit.complete(line.execute()), "serve").start();
    return exit;
  }

  private static String askOnDiscord(FakeDiscord discord) {
    DispatchedInteraction asked =
        discord.dispatchSlashCommand(
            discord.guild().member(),
            "ask",
            CommandOption.string("question", "when did the border war happen?"));
    return discord
        .awaitRequest(c -> c.is("PATCH", asked.originalMessagePath()), WAIT)
        .text("/embeds/0/title");
  }

  /** Asks as a new user each time, so that no cooldown is in the way. */
  private String askOnTelegram(FakeBotApi api) {
    api.awaitHeldPoll(WAIT);
    api.queuePrivateMessage(++telegramUser, "/ask when did the border war happen?");
    return api.awaitCall("sendMessage", c -> c.text("text").contains("1969"), WAIT).text("text");
  }

  private void awaitStatus(String check, int expected) throws Exception {
    awaitTrue(() -> status(check) == expected, "/health/" + check + " answering " + expected);
  }

  private void awaitErr(String text) throws Exception {
    awaitTrue(() -> err.toString().contains(text), "standard error saying \"" + text + "\"");
  }

  private static void awaitTrue(Supplier<Boolean> condition, String what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** The status of {@code /health/CHECK}, or 0 while the health server is not listening yet. */
  private int status(String check) {
    try {
      return get(check.isEmpty() ? "/health" : "/health/" + check).statusCode();
    } catch (java.net.ConnectException e) {
      return 0;
    }
  }

  private String body(String path) throws Exception {
    return get(path.isEmpty() ? "/health" : path).body();
  }

  private HttpResponse<String> get(String path) throws java.net.ConnectException {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.net.ConnectException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Logger root() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
