package dev.hotline.bench;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.chat.Platform;
import dev.hotline.chat.SettingChange;
import dev.hotline.testing.BundledIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many questions one Hotline process answers per second through its chat layer ({@code
 * ChatService.handle}: moderation, cooldowns, the search, the answer card), with 1, 2 and 4 threads
 * asking at once over the bundled corpus, cooldowns off. Not a JMH benchmark: it measures a whole
 * process's throughput on this machine, as a capacity figure for scaling out.
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.hotline.bench.ChatLayerThroughput [-Dexec.args="20"]
 * </pre>
 *
 * Argument: seconds per thread count (default 20), after 10 s of warm-up.
 */
public final class ChatLayerThroughput {
  private static final ChatPlace PLACE =
      new ChatPlace(Platform.DISCORD, "1200000000000000001", "1200000000000000002");

  private ChatLayerThroughput() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    ChatService chat =
        new ChatService(
            BundledIndex.bundled(),
            new InMemorySettingsStore(),
            PlaceLifecycle.NONE,
            Clock.systemUTC(),
            "benchmark");
    chat.handle(
        new ChatUser("1", "bench-admin", true, Set.of()),
        PLACE,
        new ChatCommand.ChangeSettings(new SettingChange.Cooldowns(0, 0)));
    System.out.printf(
        Locale.ROOT,
        "%d cores, load average %.1f; %d questions in turn%n",
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        QuestionRotation.QUESTIONS.size());
    run(chat, 2, 10, false);
    for (int threads : List.of(1, 2, 4)) {
      run(chat, threads, seconds, true);
    }
  }

  private static void run(ChatService chat, int threads, int seconds, boolean report)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(threads);
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[threads];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      Thread.ofPlatform()
          .start(
              () -> {
                QuestionRotation questions = new QuestionRotation();
                ChatUser asker = new ChatUser("user-" + thread, "asker", false, Set.of());
                int n = 0;
                while (!stop.get() && n < mine.length) {
                  long start = System.nanoTime();
                  chat.handle(
                      asker, PLACE, new ChatCommand.Ask(questions.next(), Optional.empty()));
                  mine[n++] = System.nanoTime() - start;
                }
                counts[thread] = n;
                done.countDown();
              });
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (!report) {
      return;
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "%d thread(s): %,d questions in %.1f s = %,.0f questions/s; latency median %.2f ms, p99"
            + " %.2f ms%n",
        threads,
        total,
        elapsed,
        total / elapsed,
        all[total / 2] / 1e6,
        all[(int) (total * 0.99)] / 1e6);
  }
}
