package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.telegram.fake.FakeBotApi;
import dev.hotline.testing.Ports;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hotline serve} in its own JVM, logging as the shipped jar does: SIGTERM finishes cleanly
 * with status 0, the token never shows, and what an operator reads on standard error is one line
 * per problem, never a stack trace.
 */
@Timeout(90)
class ServeProcessIT {
  @TempDir Path dir;

  @Test
  void sigtermStopsTheServerWithStatusZero() throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      Map<String, String> environment = environment();
      environment.put("DISCORD_TOKEN", fake.token());
      environment.put("HOTLINE_DISCORD_REST_URL", fake.restUrl());
      environment.put("HOTLINE_DISCORD_GATEWAY_URL", fake.gatewayUrl());
      environment.put("HOTLINE_LOG_LEVEL", "debug");
      ServeProcess serve = ServeProcess.start("serve", dir, environment);
      try {
        serve.awaitOutput("serving discord", 60);
        long stopAsked = System.nanoTime();
        serve.process.destroy();
        assertThat(serve.process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
        assertThat(serve.process.exitValue()).isZero();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopAsked)).isLessThan(15);
        assertThat(serve.output())
            .contains("stopping: finishing replies in flight")
            .doesNotContain(fake.token());
      } finally {
        serve.process.destroyForcibly();
      }
    }
  }

  /** The Bot API refusing connections for a while: one line, not a stack trace per retry. */
  @Test
  void anUnreachableBotApiIsOneLineWhileServeKeepsTrying() throws Exception {
    int nobody = Ports.free();
    Map<String, String> environment = environment();
    environment.put("TELEGRAM_TOKEN", "7000000001:AAFakeTokenForTestsOnly_0123456789");
    environment.put("HOTLINE_TELEGRAM_API_URL", "http://127.0.0.1:" + nobody);
    ServeProcess serve = ServeProcess.start("serve", dir, environment);
    try {
      serve.awaitOutput("serving telegram", 60);
      serve.awaitOutput("Telegram unreachable", 30);
      // Retries at 1, 2, 4 and 8 s more: the library used to log a 25-line trace for each.
      TimeUnit.SECONDS.sleep(16);
      assertThat(serve.process.isAlive()).isTrue();
      serve.process.destroy();
      assertThat(serve.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.process.exitValue()).isZero();
      String errors = serve.errors();
      assertThat(errors).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(errors.lines().filter(line -> line.contains("Telegram"))).hasSize(1);
      assertThat(errors).doesNotContain("AAFakeTokenForTestsOnly");
    } finally {
      serve.process.destroyForcibly();
    }
  }

  @Test
  void aRejectedTokenIsOneLineAndWithNothingElseToServeTheExitIsOne() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> environment = environment();
      environment.put("TELEGRAM_TOKEN", "7000000001:not-the-token");
      environment.put("HOTLINE_TELEGRAM_API_URL", api.baseUrl());
      ServeProcess serve = ServeProcess.start("serve", dir, environment);
      try {
        assertThat(serve.process.waitFor(60, TimeUnit.SECONDS)).as(serve.output()).isTrue();
        assertThat(serve.process.exitValue()).isEqualTo(1);
        String errors = serve.errors();
        assertThat(errors).doesNotContain("\tat ").doesNotContain("not-the-token");
        assertThat(errors.lines().filter(line -> line.contains("Telegram")).toList())
            .containsExactly(
                "hotline: Telegram rejected the bot token (401 Unauthorized); Telegram stays off"
                    + " (check TELEGRAM_TOKEN)");
      } finally {
        serve.process.destroyForcibly();
      }
    }
  }

  @Test
  void aDamagedDatabaseIsOneLineAndStaysByteForByte() throws Exception {
    Path file = dir.resolve("data/hotline.db");
    Files.createDirectories(file.getParent());
    byte[] garbage = new byte[16384];
    new Random(12).nextBytes(garbage);
    System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 16);
    Files.write(file, garbage);

    List<String> lines = serveRefusing(file);

    assertThat(lines).singleElement().asString().startsWith("hotline: ").contains(file.toString());
    assertThat(lines.get(0)).containsAnyOf("damaged", "not a SQLite database");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void anotherProgramsDatabaseIsOneLineAndStaysByteForByte() throws Exception {
    Path file = dir.resolve("data/hotline.db");
    Files.createDirectories(file.getParent());
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
      statement.execute("INSERT INTO photos (path) VALUES ('/home/me/berlin-1989.jpg')");
    }
    byte[] before = Files.readAllBytes(file);

    List<String> lines = serveRefusing(file);

    assertThat(lines)
        .containsExactly(
            "hotline: "
                + file
                + " is not a Hotline database: it holds another program's tables (photos)."
                + " Hotline has left it as it is: point data_dir (HOTLINE_DATA_DIR) at a folder"
                + " of Hotline's own, or move the file aside.");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(file.getParent().toFile().list()).containsExactly("hotline.db");
  }

  /** Runs serve on a database it must refuse: the whole output, and status 1. */
  private List<String> serveRefusing(Path database) throws Exception {
    Map<String, String> environment = environment();
    environment.put("DISCORD_TOKEN", "never-used");
    environment.put("HOTLINE_DATA_DIR", database.getParent().toString());
    ServeProcess serve = ServeProcess.start("serve", dir, environment);
    try {
      assertThat(serve.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.process.exitValue()).as(serve.output()).isEqualTo(1);
      return (serve.output()).lines().toList();
    } finally {
      serve.process.destroyForcibly();
    }
  }

  private Map<String, String> environment() throws IOException {
    Map<String, String> environment = new HashMap<>();
    environment.put("HOTLINE_INDEX", TestCorpus.index(dir).root().toString());
    environment.put("HOTLINE_DATA_DIR", dir.resolve("data").toString());
    return environment;
  }
}
