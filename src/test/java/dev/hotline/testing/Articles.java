package dev.hotline.testing;

import dev.hotline.corpus.Article;
import java.time.LocalDate;
import java.util.List;

/** Small articles written for tests. */
public final class Articles {
  private Articles() {}

  public static Article article(
      String id, String title, LocalDate published, String... paragraphs) {
    return new Article(
        id,
        title,
        published,
        "Test source",
        "https://example.org/" + id,
        "Apache-2.0",
        List.of(paragraphs),
        List.of());
  }
}
