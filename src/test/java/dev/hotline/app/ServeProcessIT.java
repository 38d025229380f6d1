package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.testing.TestCorpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hotline serve} in its own JVM: SIGTERM finishes cleanly with status 0, and the token never
 * shows.
 */
@Timeout(90)
class ServeProcessIT {
  @TempDir Path dir;

  @Test
  void sigtermStopsTheServerWithStatusZero() throws Exception {
    Path index = TestCorpus.index(dir).root();
    try (FakeDiscord fake = FakeDiscord.start()) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder builder =
          new ProcessBuilder(
              java.toString(),
              "-cp",
              System.getProperty("java.class.path"),
              "-Dhotline.home=" + dir,
              Main.class.getName(),
              "serve");
      builder.environment().put("DISCORD_TOKEN", fake.token());
      builder.environment().put("HOTLINE_DISCORD_REST_URL", fake.restUrl());
      builder.environment().put("HOTLINE_DISCORD_GATEWAY_URL", fake.gatewayUrl());
      builder.environment().put("HOTLINE_INDEX", index.toString());
      builder.environment().put("HOTLINE_DATA_DIR", dir.resolve("data").toString());
      builder.environment().put("HOTLINE_LOG_LEVEL", "debug");
      builder.redirectErrorStream(true);
      Path log = dir.resolve("serve.log");
      builder.redirectOutput(log.toFile());
      Process serve = builder.start();
      try {
        awaitLine(log, "serving discord", 60);
        long stopAsked = System.nanoTime();
        serve.destroy();
        assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
        assertThat(serve.exitValue()).isZero();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopAsked)).isLessThan(15);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output)
            .contains("stopping: finishing replies in flight")
            .doesNotContain(fake.token());
      } finally {
        serve.destroyForcibly();
      }
    }
  }

  /** Polls the log file; the server's own time, not a fixed sleep, decides how long this takes. */
  private static void awaitLine(Path log, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
          if (reader.lines().anyMatch(line -> line.contains(text))) {
            return;
          }
        }
      }
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new AssertionError(
        "the server never printed \"" + text + "\":\n" + Files.readString(log));
  }
}
