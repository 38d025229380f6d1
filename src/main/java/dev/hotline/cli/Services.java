package dev.hotline.cli;

import dev.hotline.answer.AnswerService;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What the commands need from the composition root, so that they build nothing themselves. */
public interface Services {
  /** The bundled corpus folder. */
  Path bundledCorpus();

  /** The index of the bundled corpus. */
  IndexLocation bundledIndex();

  /** Reads, cuts and indexes {@code roots} into a new generation at {@code location}. */
  CorpusIndexer.Report index(
      List<Path> roots, IndexLocation location, CorpusReader.Progress progress) throws IOException;

  /** Opens the index at {@code location} for answering; close it when done. */
  OpenIndex open(IndexLocation location);

  /** An open index and the answer service over it. */
  interface OpenIndex extends AutoCloseable {
    PassageIndex index();

    AnswerService answers();

    @Override
    void close() throws IOException;
  }
}
