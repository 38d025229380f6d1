package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.LiveIndex;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.Synonyms;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hotline index} run several at once, each in its own JVM, on the index a server is reading:
 * every run succeeds, {@code CURRENT} always names a complete generation, and the server never
 * fails a question.
 */
@Timeout(300)
class ConcurrentIndexIT {
  private static final int ROUNDS = 5;
  private static final int RUNS_AT_ONCE = 3;
  private static final String QUESTION = "when did the berlin wall open?";

  @TempDir Path dir;

  @Test
  void fiveRoundsOfThreeRunsAtOnceWhileAServerAnswers() throws Exception {
    IndexLocation location = TestCorpus.index(dir);
    Path articles = dir.resolve("articles");
    AtomicBoolean serving = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger reloads = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    try (LiveIndex live = LiveIndex.open(location, Synonyms.bundled())) {
      AnswerService answers = new AnswerService(live);
      // The server: questions without pause, and a reload check as often as a server could make.
      Thread asker = new Thread(() -> ask(answers, serving, answered, failures));
      Thread reloader =
          new Thread(
              () -> {
                while (serving.get()) {
                  if (live.reloadIfChanged()) {
                    reloads.incrementAndGet();
                  }
                  pause(20);
                }
              });
      asker.start();
      reloader.start();
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          List<Run> runs = new ArrayList<>();
          for (int i = 0; i < RUNS_AT_ONCE; i++) {
            runs.add(Run.index(dir, articles, location.root(), "round-" + round + "-" + i));
          }
          for (Run run : runs) {
            run.awaitSuccess();
            assertThat(run.output()).doesNotContain("write.lock").doesNotContain("missing folder");
          }
          assertCurrentIsComplete(location);
        }
      } finally {
        serving.set(false);
        asker.join();
        reloader.join();
      }
      assertThat(failures).isEmpty();
      assertThat(answered.get()).isPositive();
      assertThat(reloads.get()).isPositive();
    }
    // With the server gone, the next build leaves only the live generation.
    Run.index(dir, articles, location.root(), "last").awaitSuccess();
    assertThat(generations(location)).containsExactly(location.current().orElseThrow());
  }

  @Test
  void aSecondBuildSaysItWaitsAndThenBuilds() throws Exception {
    IndexLocation location = TestCorpus.index(dir);
    Path before = location.current().orElseThrow();
    Run waiting;
    try (FileChannel channel =
            FileChannel.open(
                location.root().resolve("rebuild.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      waiting = Run.index(dir, dir.resolve("articles"), location.root(), "waiting");
      waiting.awaitOutput("another index build is running on " + location.root());
      assertThat(waiting.process.isAlive()).isTrue();
      assertThat(location.current()).contains(before);
    }
    waiting.awaitSuccess();
    assertThat(location.current().orElseThrow()).isNotEqualTo(before);
  }

  private static void ask(
      AnswerService answers,
      AtomicBoolean serving,
      AtomicInteger answered,
      ConcurrentLinkedQueue<Throwable> failures) {
    while (serving.get()) {
      try {
        AnswerResult result = answers.answer(QUESTION);
        if (result.answered()) {
          answered.incrementAndGet();
        } else {
          failures.add(new AssertionError("no answer: " + result.notice()));
        }
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
  }

  private static void assertCurrentIsComplete(IndexLocation location) {
    try (PassageIndex index = PassageIndex.open(location, Synonyms.bundled())) {
      assertThat(index.passageCount()).isEqualTo(12);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Path> generations(IndexLocation location) throws IOException {
    try (Stream<Path> children = Files.list(location.root())) {
      return children.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
    }
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One {@code hotline index} in a JVM of its own, its output in a file. */
  private record Run(Process process, Path log) {
    static Run index(Path home, Path corpus, Path index, String name) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Path log = home.resolve(name + ".log");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-Dhotline.home=" + home,
                  Main.class.getName(),
                  "index",
                  "--corpus",
                  corpus.toString(),
                  "--index",
                  index.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Run(process, log);
    }

    void awaitSuccess() throws Exception {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("index run did not finish:\n" + output());
      }
      assertThat(process.exitValue()).as(output()).isZero();
      assertThat(output()).contains("Indexed 6 articles as 12 passages and ");
    }

    void awaitOutput(String text) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!output().contains(text)) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new AssertionError("never printed \"" + text + "\":\n" + output());
        }
        TimeUnit.MILLISECONDS.sleep(50);
      }
    }

    String output() throws IOException {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
  }
}
