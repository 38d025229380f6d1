package dev.hotline.ops;

import dev.hotline.chat.ChatMetrics;
import dev.hotline.chat.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counters and a latency histogram per platform, written in the Prometheus text format with names
 * prefixed {@code hotline_}.
 */
public final class PrometheusMetrics implements ChatMetrics {
  /** Histogram bucket bounds in seconds: answers take milliseconds, a slow one a second. */
  static final double[] LATENCY_BUCKETS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5
  };

  private final Map<Platform, PlatformCounters> counters = new EnumMap<>(Platform.class);
  private final List<Family> families = new CopyOnWriteArrayList<>();

  /**
   * A metric read when scraped, from state kept elsewhere (a Discord shard's connection, the
   * Telegram polling turn).
   *
   * @param samples each sample's labels ({@code shard="0"}, or empty for none) and value
   */
  private record Family(
      String name, String type, String help, Supplier<Map<String, Number>> samples) {}

  public PrometheusMetrics() {
    for (Platform platform : Platform.values()) {
      counters.put(platform, new PlatformCounters());
    }
  }

  private static final class PlatformCounters {
    final LongAdder questions = new LongAdder();
    final LongAdder abstentions = new LongAdder();
    final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS.length];
    final LongAdder latencyNanos = new LongAdder();
    final LongAdder postsSent = new LongAdder();
    final LongAdder postsFailed = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final LongAdder connectionFailures = new LongAdder();

    PlatformCounters() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }
  }

  @Override
  public void question(Platform platform, boolean answered, long nanos) {
    PlatformCounters c = counters.get(platform);
    c.questions.increment();
    if (!answered) {
      c.abstentions.increment();
    }
    c.latencyNanos.add(nanos);
    double seconds = nanos / 1e9;
    for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
      if (seconds <= LATENCY_BUCKETS[i]) {
        c.buckets[i].increment();
      }
    }
  }

  @Override
  public void post(Platform platform, boolean sent) {
    (sent ? counters.get(platform).postsSent : counters.get(platform).postsFailed).increment();
  }

  /**
   * Adds a gauge read when scraped; {@code samples} maps each sample's labels (e.g. {@code
   * shard="0"}, or "" for none) to its value.
   */
  public void gauge(String name, String help, Supplier<Map<String, Number>> samples) {
    families.add(new Family(name, "gauge", help, samples));
  }

  /** Adds a counter read when scraped, like {@link #gauge}; its name ends in {@code _total}. */
  public void counter(String name, String help, Supplier<Map<String, Number>> samples) {
    families.add(new Family(name, "counter", help, samples));
  }

  /** The adapter reached its platform again after losing it. */
  public void reconnected(Platform platform) {
    counters.get(platform).reconnects.increment();
  }

  /** An attempt to reach the platform failed. */
  public void connectionFailed(Platform platform) {
    counters.get(platform).connectionFailures.increment();
  }

  /** The metrics in the Prometheus text exposition format. */
  public String scrape() {
    StringBuilder out = new StringBuilder();
    counter(out, "hotline_questions_total", "Questions handled.", c -> c.questions.sum());
    counter(
        out,
        "hotline_abstentions_total",
        "Questions Hotline could not answer.",
        c -> c.abstentions.sum());
    counter(out, "hotline_posts_sent_total", "Daily posts sent.", c -> c.postsSent.sum());
    counter(
        out, "hotline_posts_failed_total", "Daily posts that failed.", c -> c.postsFailed.sum());
    counter(
        out,
        "hotline_reconnects_total",
        "Times the platform was reached again after it was lost.",
        c -> c.reconnects.sum());
    counter(
        out,
        "hotline_connection_failures_total",
        "Failed attempts to reach the platform.",
        c -> c.connectionFailures.sum());
    out.append("# HELP hotline_answer_latency_seconds Time to answer a question.\n");
    out.append("# TYPE hotline_answer_latency_seconds histogram\n");
    counters.forEach(
        (platform, c) -> {
          String label = label(platform);
          for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
            out.append("hotline_answer_latency_seconds_bucket{platform=\"")
                .append(label)
                .append("\",le=\"")
                .append(LATENCY_BUCKETS[i])
                .append("\"} ")
                .append(c.buckets[i].sum())
                .append('\n');
          }
          out.append("hotline_answer_latency_seconds_bucket{platform=\"")
              .append(label)
              .append("\",le=\"+Inf\"} ")
              .append(c.questions.sum())
              .append('\n');
          out.append("hotline_answer_latency_seconds_sum{platform=\"")
              .append(label)
              .append("\"} ")
              .append(c.latencyNanos.sum() / 1e9)
              .append('\n');
          out.append("hotline_answer_latency_seconds_count{platform=\"")
              .append(label)
              .append("\"} ")
              .append(c.questions.sum())
              .append('\n');
        });
    for (Family family : families) {
      out.append("# HELP ").append(family.name()).append(' ').append(family.help()).append('\n');
      out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
      family
          .samples()
          .get()
          .forEach(
              (labels, value) ->
                  out.append(family.name())
                      .append(labels.isEmpty() ? "" : "{" + labels + "}")
                      .append(' ')
                      .append(value)
                      .append('\n'));
    }
    return out.toString();
  }

  private void counter(
      StringBuilder out,
      String name,
      String help,
      java.util.function.ToLongFunction<PlatformCounters> value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    counters.forEach(
        (platform, c) ->
            out.append(name)
                .append("{platform=\"")
                .append(label(platform))
                .append("\"} ")
                .append(value.applyAsLong(c))
                .append('\n'));
  }

  private static String label(Platform platform) {
    return platform.name().toLowerCase(Locale.ROOT);
  }
}
