package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.testing.Ports;
import dev.hotline.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code hotline serve} as an operator runs it: config, tokens from the environment, health,
 * shutdown.
 */
@Timeout(60)
class ServeCommandTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine line(ServeCommand command) {
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line;
  }

  @Test
  void withoutATokenItSaysWhatToSet() {
    assertThat(line(new ServeCommand(new Hotline(TestCorpus.CLOCK), Map.of())).execute())
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("DISCORD_TOKEN")
        .contains("TELEGRAM_TOKEN")
        .contains("console");
  }

  @Test
  void withoutATokenInTheDockerImageItNamesACommandThatWorksThere() throws Exception {
    String image = "docker run -it --rm hotline";
    assertThat(line(new ServeCommand(new Hotline(TestCorpus.CLOCK, image), Map.of())).execute())
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("try the bot locally with: docker run -it --rm hotline console")
        .doesNotContain("./hotline");
    assertThat(Files.readString(Path.of("Dockerfile")))
        .as("the image tells Hotline how it is run")
        .contains("\"-D" + Main.COMMAND_PROPERTY + "=" + image + "\"");
  }

  @Test
  void aBadConfigNamesTheKey() throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "health:\n  prot: 8080\n");
    assertThat(
            line(new ServeCommand(new Hotline(TestCorpus.CLOCK), Map.of("DISCORD_TOKEN", "x")))
                .execute("--config", config.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown setting 'health.prot'").contains("health.port");
  }

  @Test
  void servesDiscordReportsHealthNeverLogsTheTokenAndStopsCleanly() throws Exception {
    Path index = TestCorpus.index(dir).root();
    ListAppender<ILoggingEvent> logs = captureLogs();
    try (FakeDiscord fake = FakeDiscord.start()) {
      Map<String, String> environment = new HashMap<>();
      environment.put("DISCORD_TOKEN", fake.token());
      environment.put("HOTLINE_DISCORD_REST_URL", fake.restUrl());
      environment.put("HOTLINE_DISCORD_GATEWAY_URL", fake.gatewayUrl());
      environment.put("HOTLINE_INDEX", index.toString());
      environment.put("HOTLINE_DATA_DIR", dir.resolve("data").toString());
      environment.put("HOTLINE_HEALTH_PORT", Integer.toString(Ports.free()));
      environment.put("HOTLINE_LOG_LEVEL", "debug");
      ServeCommand serve = new ServeCommand(new Hotline(TestCorpus.CLOCK), environment);
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      // Its own thread, as main's: closing JDA waits for callbacks on the common pool.
      Thread server = new Thread(() -> exit.complete(line(serve).execute()));
      server.start();

      fake.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
      DispatchedInteraction asked =
          fake.dispatchSlashCommand(
              fake.guild().member(),
              "ask",
              CommandOption.string("question", "when did the border war happen?"));
      String title =
          fake.awaitRequest(c -> c.is("PATCH", asked.originalMessagePath()), WAIT)
              .text("/embeds/0/title");
      assertThat(title).contains("1969");

      String health = get("http://127.0.0.1:" + environment.get("HOTLINE_HEALTH_PORT") + "/health");
      assertThat(health)
          .contains("\"status\":\"up\"")
          .contains("\"discord\":\"up\"")
          .contains("\"index\":\"up\"")
          .contains("\"database\":\"up\"");
      String metrics =
          get("http://127.0.0.1:" + environment.get("HOTLINE_HEALTH_PORT") + "/metrics");
      assertThat(metrics)
          .contains("hotline_questions_total{platform=\"discord\"} 1")
          .contains("hotline_answer_latency_seconds_count{platform=\"discord\"} 1");

      serve.stop();
      assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
      assertThat(out.toString()).contains("serving discord");
      String everything =
          out
              + err.toString()
              + String.join(
                  "\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
      assertThat(logs.list).isNotEmpty();
      assertThat(everything).doesNotContain(fake.token());
    } finally {
      root().detachAppender(logs);
      root().setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  @Test
  void aRejectedTokenIsOneClearLine() throws Exception {
    Path index = TestCorpus.index(dir).root();
    try (FakeDiscord fake = FakeDiscord.start()) {
      Map<String, String> environment =
          Map.of(
              "DISCORD_TOKEN", "not-the-token",
              "HOTLINE_DISCORD_REST_URL", fake.restUrl(),
              "HOTLINE_DISCORD_GATEWAY_URL", fake.gatewayUrl(),
              "HOTLINE_INDEX", index.toString(),
              "HOTLINE_DATA_DIR", dir.resolve("data").toString());
      int exit = line(new ServeCommand(new Hotline(TestCorpus.CLOCK), environment)).execute();
      assertThat(exit).isEqualTo(1);
      assertThat(err.toString().strip())
          .isEqualTo(
              "hotline: Discord rejected the bot token (HTTP 401); Discord stays off (check"
                  + " DISCORD_TOKEN)")
          .doesNotContain("not-the-token");
      assertThat(err.toString().strip().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void servesTelegramOnAConfiguredBotApiServer() throws Exception {
    Path index = TestCorpus.index(dir).root();
    try (FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> environment =
          Map.of(
              "TELEGRAM_TOKEN", api.bot().token(),
              "HOTLINE_TELEGRAM_API_URL", api.baseUrl(),
              "HOTLINE_INDEX", index.toString(),
              "HOTLINE_DATA_DIR", dir.resolve("data").toString());
      ServeCommand serve = new ServeCommand(new Hotline(TestCorpus.CLOCK), environment);
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread server = new Thread(() -> exit.complete(line(serve).execute()));
      server.start();
      api.awaitCall("setMyCommands", WAIT);
      api.queuePrivateMessage(42, "/ask when did the border war happen?");
      String reply =
          api.awaitCall("sendMessage", c -> c.text("text").contains("1969"), WAIT).text("text");
      assertThat(reply).contains("The Sino-Soviet Split");
      serve.stop();
      assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
      assertThat(out.toString() + err).doesNotContain(api.bot().token());
    }
  }

  private static ListAppender<ILoggingEvent> captureLogs() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root().addAppender(appender);
    return appender;
  }

  private static Logger root() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
