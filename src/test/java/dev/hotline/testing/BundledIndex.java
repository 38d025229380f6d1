package dev.hotline.testing;

import dev.hotline.answer.AnswerService;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Indexes of the bundled corpus (and, where present, the development material) built once per test
 * run into a temporary folder, shared by the tests that read them.
 */
public final class BundledIndex {
  private static final Path TEMP = temp();
  private static AnswerService bundled;
  private static AnswerService milestones;

  private BundledIndex() {}

  /** The bundled articles of {@code index-data/}. */
  public static Path corpus() {
    return Path.of("index-data").toAbsolutePath();
  }

  /** Answers from the bundled corpus alone. */
  public static synchronized AnswerService bundled() {
    if (bundled == null) {
      bundled = build("bundled", List.of(corpus()));
    }
    return bundled;
  }

  /** Answers from the seed article and the Milestones essays, as the evaluation asks. */
  public static synchronized AnswerService seedAndMilestones() {
    if (milestones == null) {
      milestones = build("milestones", List.of(SharedMaterial.seed(), SharedMaterial.milestones()));
    }
    return milestones;
  }

  private static AnswerService build(String name, List<Path> roots) {
    try {
      IndexLocation location = new IndexLocation(TEMP.resolve(name));
      CorpusIndexer.Report report =
          TestCorpus.indexer().index(roots, location, CorpusReader.Progress.NONE);
      if (report.corpus().articles() == 0) {
        throw new IllegalStateException("nothing indexed from " + roots);
      }
      // Open for the whole test run: the JVM's exit releases it.
      PassageIndex index = PassageIndex.open(location, Synonyms.bundled());
      return new AnswerService(IndexAccess.fixed(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temp() {
    try {
      Path dir = Files.createTempDirectory("hotline-test-index");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
