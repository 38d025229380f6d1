package dev.hotline.cli;

import dev.hotline.corpus.CorpusReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Shows how far a long indexing run has got, a line every tenth of the files. */
final class ProgressPrinter implements CorpusReader.Progress {
  /** Short runs finish before progress would help. */
  private static final int MIN_FILES = 50;

  private final PrintWriter err;
  private int lastTenth;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void fileRead(Path file, int done, int total) {
    if (total < MIN_FILES) {
      return;
    }
    int tenth = done * 10 / total;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      err.printf("reading articles: %d/%d files (%d%%)%n", done, total, tenth * 10);
      err.flush();
    }
  }

  void done() {
    err.flush();
  }
}
