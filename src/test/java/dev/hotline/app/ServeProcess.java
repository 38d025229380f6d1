package dev.hotline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code hotline serve} in a JVM of its own with the shipped logging configuration, for tests of
 * several processes: started with an environment, watched through its output, stopped or killed.
 */
final class ServeProcess implements AutoCloseable {
  final String name;
  final Process process;
  private final Path out;
  private final Path err;

  private ServeProcess(String name, Process process, Path out, Path err) {
    this.name = name;
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static ServeProcess start(String name, Path dir, Map<String, String> environment)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // The test classpath holds logback-test.xml too; an operator's jar has only this one.
    String logging = Main.class.getResource("/logback.xml").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-Dlogback.configurationFile=" + logging,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dhotline.home=" + dir,
            Main.class.getName(),
            "serve");
    builder.environment().putAll(environment);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());
    Process process = builder.start();
    // A test JVM that ends without closing it (its Maven gone) must not leave a server behind.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return new ServeProcess(name, process, out, err);
  }

  /** Both outputs so far. */
  String output() {
    try {
      return Files.readString(out, StandardCharsets.UTF_8)
          + Files.readString(err, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Standard error so far: what an operator reads. */
  String errors() {
    try {
      return Files.readString(err, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  boolean printed(String text) {
    return output().contains(text);
  }

  /**
   * Waits until the process has printed {@code text}, polling its output; the process's own pace
   * decides how long that takes, within {@code seconds}.
   */
  void awaitOutput(String text, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (printed(text)) {
        return;
      }
      if (!process.isAlive()) {
        break;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError(name + " never printed \"" + text + "\":\n" + output());
  }

  /** Lines of its output that contain {@code text}. */
  List<String> lines(String text) {
    return output().lines().filter(line -> line.contains(text)).toList();
  }

  /** SIGKILL: no shutdown hook, no goodbye to the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
