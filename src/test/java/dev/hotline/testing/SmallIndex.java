package dev.hotline.testing;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An index of a few Markdown articles written for one test, opened with the bundled synonyms. */
public final class SmallIndex {
  private final Path articles;
  private final Path index;
  private int written;

  private SmallIndex(Path dir) {
    this.articles = dir.resolve("articles");
    this.index = dir.resolve("index");
  }

  /** A small index whose articles and index files go under {@code dir}. */
  public static SmallIndex in(Path dir) {
    return new SmallIndex(dir);
  }

  /**
   * Adds an article published 2024-01-01 with {@code title} (quoted, so it may hold a colon) and
   * {@code body} (its paragraphs).
   */
  public SmallIndex article(String title, String body) {
    return article(title, body, "Test desk");
  }

  /** Adds an article as {@link #article(String, String)} does, from {@code source}. */
  public SmallIndex article(String title, String body, String source) {
    try {
      Files.createDirectories(articles);
      Files.writeString(
          articles.resolve("article-" + written++ + ".md"),
          "---\ntitle: \""
              + title.replace("\\", "\\\\").replace("\"", "\\\"")
              + "\"\npublished: 2024-01-01\nsource: "
              + source
              + "\nlicence: Apache-2.0\n---\n\n"
              + body);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes the articles added and opens the index. */
  public PassageIndex open() throws IOException {
    IndexLocation location = new IndexLocation(index);
    TestCorpus.indexer().index(List.of(articles), location, CorpusReader.Progress.NONE);
    return PassageIndex.open(location, Synonyms.bundled());
  }
}
