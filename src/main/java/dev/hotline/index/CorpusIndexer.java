package dev.hotline.index;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.corpus.CorpusTally;
import dev.hotline.passage.EventFinder;
import dev.hotline.passage.Passage;
import dev.hotline.passage.PassageBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The indexing pipeline, an article at a time: read one article, cut it into dated passages, find
 * the events they tell, add both to the new index generation. Memory stays bounded whatever the
 * size of the corpus.
 */
public final class CorpusIndexer {
  private final CorpusReader reader;
  private final PassageBuilder passages;
  private final EventFinder events = new EventFinder();
  private final PassageIndexWriter writer;

  public CorpusIndexer(CorpusReader reader, PassageBuilder passages, PassageIndexWriter writer) {
    this.reader = reader;
    this.passages = passages;
    this.writer = writer;
  }

  /** What an indexing run read, wrote and skipped. */
  public record Report(CorpusTally corpus, PassageIndexWriter.BuildSummary build) {}

  /**
   * Indexes {@code roots} into {@code location}, one build at a time per location (a second waits
   * for the first). Problems with single files are in the report; the run fails only when nothing
   * at all could be read, leaving the live index untouched.
   */
  public Report index(List<Path> roots, IndexLocation location, CorpusReader.Progress progress)
      throws IOException {
    try (PassageIndexWriter.Build build = writer.start(location, progress)) {
      CorpusTally corpus =
          reader.readEach(
              roots,
              progress,
              (article, at) -> {
                List<Passage> cut = passages.passages(article);
                build.add(cut, events.events(article, cut));
              });
      if (corpus.articles() == 0) {
        throw new IOException(
            "no article could be read from " + roots + "; the existing index is left as it was");
      }
      return new Report(corpus, build.publish());
    }
  }
}
