package dev.hotline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads the articles in one file of a given format. */
public interface ArticleReader {

  /**
   * Reads {@code file}, whose articles get ids starting with {@code id}.
   *
   * @param problems receives problems with parts of the file (one bad line of JSON Lines) while the
   *     rest is still read
   * @throws ArticleFormatException when the file as a whole cannot be read
   */
  List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException, ArticleFormatException;
}
