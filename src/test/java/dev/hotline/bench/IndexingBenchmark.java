package dev.hotline.bench;

import dev.hotline.app.Hotline;
import dev.hotline.corpus.Article;
import dev.hotline.corpus.ArticleFormats;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.dates.DateExtractor;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndexWriter;
import dev.hotline.passage.PassageBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * Indexing throughput in MB/s of article text, with the article date reader and with one that finds
 * nothing, so the difference is what dating passages costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// One pass over the larger corpus takes seconds: shorter iterations would hold a single operation.
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = ForkedJvm.AS_THE_JAR_RUNS)
public class IndexingBenchmark {
  static final String WITH_DATES = "with";
  static final String WITHOUT_DATES = "without";

  @Param({BenchCorpus.BUNDLED, BenchCorpus.BUNDLED_AND_MILESTONES})
  public String corpus;

  @Param({WITH_DATES, WITHOUT_DATES})
  public String dates;

  private Path folder;
  private List<Path> roots;
  private List<Article> articles;
  private long textBytes;
  private PassageBuilder passages;
  private CorpusIndexer indexer;
  private IndexLocation location;

  @Setup(Level.Trial)
  public void readCorpus() throws IOException {
    folder = TempFolder.create();
    location = new IndexLocation(folder.resolve("index"));
    Clock clock = Clock.systemUTC();
    roots = BenchCorpus.roots(corpus, new Hotline(clock).bundledCorpus());
    CorpusReader reader = new CorpusReader(ArticleFormats.standard());
    articles = reader.read(roots, CorpusReader.Progress.NONE).articles();
    textBytes = textBytes(articles);
    passages =
        new PassageBuilder(
            WITH_DATES.equals(dates) ? DateExtractor.forArticles() : DateExtractor.none());
    // The same wiring as Hotline's composition root, with the date reader swapped per parameter.
    indexer = new CorpusIndexer(reader, passages, new PassageIndexWriter(clock));
    System.out.printf(
        "%nCorpus %s: %d articles, %d bytes (%.3f MB) of article text%n",
        corpus, articles.size(), textBytes, textBytes / 1e6);
  }

  /**
   * UTF-8 bytes of the articles' titles and paragraphs: the text, without markup or front matter.
   */
  static long textBytes(List<Article> articles) {
    long bytes = 0;
    for (Article article : articles) {
      bytes += article.title().getBytes(StandardCharsets.UTF_8).length;
      for (String paragraph : article.paragraphs()) {
        bytes += paragraph.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }

  @TearDown(Level.Trial)
  public void removeIndex() throws IOException {
    TempFolder.delete(folder);
  }

  /**
   * The whole of {@code hotline index}: read the files, cut and date passages, write and commit.
   */
  @Benchmark
  public CorpusIndexer.Report index(TextThroughput throughput) throws IOException {
    CorpusIndexer.Report report = indexer.index(roots, location, CorpusReader.Progress.NONE);
    throughput.processed(textBytes);
    return report;
  }

  /**
   * Only cutting the already read articles into passages and dating them: where dates cost most.
   */
  @Benchmark
  public int passages(TextThroughput throughput) {
    int count = 0;
    for (Article article : articles) {
      count += passages.passages(article).size();
    }
    throughput.processed(textBytes);
    return count;
  }
}
