package dev.hotline.discord.bench;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.Platform;
import dev.hotline.discord.DiscordAdapter;
import dev.hotline.discord.DiscordEndpoints;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Latency from a gateway event to the bot's REST reply, through the real JDA and the fake Discord
 * on 127.0.0.1: a mention until the reply is posted, and {@code /ask} until the deferred reply is
 * edited. A plain timed loop, one event at a time; prints median and p99.
 *
 * <p>Run from the project folder (it indexes {@code index-data}): see {@code docs/discord.md}.
 */
public final class GatewayLatency {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private GatewayLatency() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    try (FakeDiscord fake = FakeDiscord.start()) {
      ChatPlace place =
          new ChatPlace(
              Platform.DISCORD,
              Long.toUnsignedString(fake.guild().id()),
              Long.toUnsignedString(fake.guild().textChannelId()));
      try (BenchLibrary library = BenchLibrary.open(place)) {
        DiscordAdapter adapter =
            new DiscordAdapter(
                library.chat(),
                fake.token(),
                DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()));
        adapter.start();
        try {
          mentions(fake, warmup);
          report("mention -> POST reply", mentions(fake, measured));
          slashCommands(fake, warmup);
          report("/ask -> PATCH deferred reply", slashCommands(fake, measured));
        } finally {
          adapter.close();
        }
      }
    }
  }

  private static long[] mentions(FakeDiscord fake, int count) {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      String question = BenchLibrary.QUESTIONS.get(i % BenchLibrary.QUESTIONS.size());
      long start = System.nanoTime();
      String id = fake.dispatchGuildMention(fake.guild().member(), question);
      fake.awaitRequest(
          call ->
              call.is("POST", "/channels/{id}/messages")
                  && id.equals(call.text("/message_reference/message_id")),
          WAIT);
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static long[] slashCommands(FakeDiscord fake, int count) {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      String question = BenchLibrary.QUESTIONS.get(i % BenchLibrary.QUESTIONS.size());
      long start = System.nanoTime();
      DispatchedInteraction sent =
          fake.dispatchSlashCommand(
              fake.guild().member(), "ask", CommandOption.string("question", question));
      fake.awaitRequest(call -> call.is("PATCH", sent.originalMessagePath()), WAIT);
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-30s n=%d  median %.2f ms  p99 %.2f ms  max %.2f ms%n",
        what,
        sorted.length,
        millis(sorted[sorted.length / 2]),
        millis(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]),
        millis(sorted[sorted.length - 1]));
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
