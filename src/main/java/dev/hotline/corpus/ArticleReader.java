package dev.hotline.corpus;

import java.io.IOException;
import java.nio.file.Files;
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

  /**
   * Whether this format is read an article at a time, so that a file of any size can be read in
   * bounded memory; otherwise a file is read whole, and its size is limited.
   */
  default boolean streams() {
    return false;
  }

  /** Reads {@code file} as {@link #read} does, handing each article to {@code sink} in turn. */
  default void readEach(Path file, String id, Consumer<CorpusProblem> problems, ArticleSink sink)
      throws IOException, ArticleFormatException {
    List<Article> articles = read(file, id, problems);
    long size = Files.size(file);
    for (Article article : articles) {
      sink.accept(article, size);
    }
  }
}
