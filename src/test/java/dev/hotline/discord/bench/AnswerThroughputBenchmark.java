package dev.hotline.discord.bench;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatUser;
import dev.hotline.chat.Platform;
import dev.hotline.discord.DiscordMessage;
import dev.hotline.discord.DiscordRenderer;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answers per second on one thread: a question through {@code ChatService} (moderation, search,
 * card) and {@link DiscordRenderer} (embeds and buttons), over the bundled corpus. Rendering alone
 * is measured beside it, to show where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnswerThroughputBenchmark {
  private static final ChatPlace PLACE =
      new ChatPlace(Platform.DISCORD, "1200000000000000001", "1200000000000000002");
  private static final ChatUser ASKER =
      new ChatUser("1300000000000000002", "student", false, Set.of());

  private BenchLibrary library;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private ChatReply sampleReply;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    library = BenchLibrary.open(PLACE);
    sampleReply = library.chat().handle(ASKER, PLACE, ask(BenchLibrary.QUESTIONS.getFirst()));
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    library.close();
  }

  @Benchmark
  public DiscordMessage answerAndRender() {
    String question = BenchLibrary.QUESTIONS.get(next++ % BenchLibrary.QUESTIONS.size());
    return renderer.render(library.chat().handle(ASKER, PLACE, ask(question)), ASKER.id());
  }

  @Benchmark
  public DiscordMessage renderOnly() {
    return renderer.render(sampleReply, ASKER.id());
  }

  private static ChatCommand ask(String question) {
    return new ChatCommand.Ask(question, Optional.empty());
  }
}
