package dev.hotline.bench;

import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import dev.hotline.app.Hotline;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to answer one question with {@link AnswerService#answer}, against a plain BM25 search of the
 * same index: the price of Hotline's question parsing, synonyms, fuzzy spelling and passage
 * scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// An answer takes milliseconds, so a 1 s warm-up left answer() still getting faster while measured.
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = ForkedJvm.AS_THE_JAR_RUNS)
public class AnswerBenchmark {
  @Param({BenchCorpus.BUNDLED, BenchCorpus.BUNDLED_AND_MILESTONES})
  public String corpus;

  private Path folder;
  private Services.OpenIndex open;
  private AnswerService answers;
  private PlainBm25Search plain;

  /**
   * Builds the index once per trial, the way {@code hotline index} does, and opens both searches on
   * it.
   */
  @Setup(Level.Trial)
  public void buildIndex() throws IOException {
    folder = TempFolder.create();
    Hotline hotline = new Hotline(Clock.systemUTC());
    IndexLocation location = new IndexLocation(folder.resolve("index"));
    CorpusIndexer.Report report =
        hotline.index(
            BenchCorpus.roots(corpus, hotline.bundledCorpus()),
            location,
            CorpusReader.Progress.NONE);
    open = hotline.open(location);
    answers = open.answers();
    plain = PlainBm25Search.open(open.index().generation());
    System.out.printf(
        "%nIndexed %s: %d articles, %d passages; answer() answers %d of %d questions%n",
        corpus,
        report.build().articles(),
        report.build().passages(),
        answered(),
        QuestionRotation.QUESTIONS.size());
  }

  /**
   * How many sample questions get an answer: a benchmark of "I don't know" would flatter answer().
   */
  private long answered() {
    return QuestionRotation.QUESTIONS.stream().filter(q -> answers.answer(q).answered()).count();
  }

  @TearDown(Level.Trial)
  public void removeIndex() throws IOException {
    try {
      plain.close();
    } finally {
      try {
        open.close();
      } finally {
        TempFolder.delete(folder);
      }
    }
  }

  @Benchmark
  public AnswerResult answer(QuestionRotation questions) {
    return answers.answer(questions.next());
  }

  @Benchmark
  public String plainBm25(QuestionRotation questions) throws IOException {
    return plain.topPassage(questions.next());
  }
}
