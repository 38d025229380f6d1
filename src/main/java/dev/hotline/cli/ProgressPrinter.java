package dev.hotline.cli;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.corpus.ReadPosition;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a long indexing run has got, a line every tenth of the corpus's bytes, and says so
 * when the run waits for another one.
 */
final class ProgressPrinter implements CorpusReader.Progress {
  /** Short runs finish before progress would help. */
  private static final int MIN_FILES = 50;

  private static final long MIN_BYTES = 5_000_000;

  private final PrintWriter err;
  private int lastTenth;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void read(ReadPosition position) {
    if (position.files() < MIN_FILES && position.bytes() < MIN_BYTES) {
      return;
    }
    int tenth = (int) (position.fraction() * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      err.printf(
          Locale.ROOT,
          "indexing: %d%% (%.1f of %.1f MB, %d of %d files, %d articles)%n",
          tenth * 10,
          position.bytesDone() / 1e6,
          position.bytes() / 1e6,
          position.filesDone(),
          position.files(),
          position.articles());
      err.flush();
    }
  }

  @Override
  public void waiting(String why) {
    err.println("hotline: " + why);
    err.flush();
  }

  void done() {
    err.flush();
  }
}
