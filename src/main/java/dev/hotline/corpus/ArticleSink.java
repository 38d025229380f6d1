package dev.hotline.corpus;

import java.io.IOException;

/** Takes the articles of a corpus one at a time, as they are read. */
@FunctionalInterface
public interface ArticleSink {
  /**
   * @param article the article just read
   * @param fileBytesRead how far into its file the reader is, in bytes, after this article
   * @throws IOException when the article cannot be stored; reading stops with it
   */
  void accept(Article article, long fileBytesRead) throws IOException;
}
