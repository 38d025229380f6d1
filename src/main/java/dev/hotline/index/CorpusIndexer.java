package dev.hotline.index;

import dev.hotline.corpus.Article;
import dev.hotline.corpus.Corpus;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.passage.Event;
import dev.hotline.passage.EventFinder;
import dev.hotline.passage.Passage;
import dev.hotline.passage.PassageBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexing pipeline: read the corpus, cut it into dated passages, find the events they tell,
 * write a new index generation.
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
  public record Report(Corpus corpus, PassageIndexWriter.BuildSummary build) {}

  /**
   * Indexes {@code roots} into {@code location}. Problems with single files are in the report; the
   * run fails only when nothing at all could be read, leaving the live index untouched.
   */
  public Report index(List<Path> roots, IndexLocation location, CorpusReader.Progress progress)
      throws IOException {
    Corpus corpus = reader.read(roots, progress);
    if (corpus.articles().isEmpty()) {
      throw new IOException(
          "no article could be read from " + roots + "; the existing index is left as it was");
    }
    List<Passage> all = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Article article : corpus.articles()) {
      List<Passage> cut = passages.passages(article);
      all.addAll(cut);
      events.addAll(this.events.events(article, cut));
    }
    return new Report(corpus, writer.build(location, all, events));
  }
}
