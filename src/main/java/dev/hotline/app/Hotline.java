package dev.hotline.app;

import dev.hotline.answer.AnswerService;
import dev.hotline.cli.Services;
import dev.hotline.corpus.ArticleFormats;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.dates.DateExtractor;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexDefaults;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.PassageIndexWriter;
import dev.hotline.index.Synonyms;
import dev.hotline.passage.PassageBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The composition root: the one place that knows every concrete class and wires the pipeline corpus
 * → passages → index → answers for the commands and adapters.
 */
public final class Hotline implements Services {
  /** How the launcher is typed; the Docker image names itself instead (see the Dockerfile). */
  public static final String LAUNCHER = "./hotline";

  private final Clock clock;
  private final String command;
  private final SynonymMap synonyms;
  private final CorpusIndexer indexer;

  public Hotline(Clock clock) {
    this(clock, LAUNCHER);
  }

  /**
   * @param command how the user starts Hotline, for messages that suggest another command
   */
  public Hotline(Clock clock, String command) {
    this.clock = clock;
    this.command = command;
    this.synonyms = Synonyms.bundled();
    this.indexer =
        new CorpusIndexer(
            new CorpusReader(ArticleFormats.standard()),
            new PassageBuilder(DateExtractor.forArticles()),
            new PassageIndexWriter(clock));
  }

  public Clock clock() {
    return clock;
  }

  /** How the user starts Hotline: {@code ./hotline}, or the Docker image's {@code docker run}. */
  public String command() {
    return command;
  }

  /** The version in the jar's manifest, or a marker for a build run from classes. */
  public String version() {
    String version = Hotline.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  /** The folder Hotline is installed in: relative paths in the configuration start here. */
  public Path home() {
    return IndexDefaults.home();
  }

  @Override
  public Path bundledCorpus() {
    return IndexDefaults.bundledCorpus();
  }

  @Override
  public IndexLocation bundledIndex() {
    return IndexDefaults.bundledLocation();
  }

  @Override
  public CorpusIndexer.Report index(
      List<Path> roots, IndexLocation location, CorpusReader.Progress progress) throws IOException {
    return indexer.index(roots, location, progress);
  }

  @Override
  public OpenIndex open(IndexLocation location) {
    PassageIndex index = PassageIndex.open(location, synonyms);
    AnswerService answers = new AnswerService(IndexAccess.fixed(index));
    return new OpenIndex() {
      @Override
      public PassageIndex index() {
        return index;
      }

      @Override
      public AnswerService answers() {
        return answers;
      }

      @Override
      public void close() throws IOException {
        index.close();
      }
    };
  }
}
