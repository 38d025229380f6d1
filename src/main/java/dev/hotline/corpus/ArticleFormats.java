package dev.hotline.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chooses the reader for a file by its extension. */
public final class ArticleFormats {
  private final Map<String, ArticleReader> byExtension;

  private ArticleFormats(Map<String, ArticleReader> byExtension) {
    this.byExtension = byExtension;
  }

  /** The five formats Hotline reads: plain text, Markdown, TEI XML, HTML and JSON Lines. */
  public static ArticleFormats standard() {
    ArticleReader markdown = new MarkdownArticleReader();
    ArticleReader tei = new TeiArticleReader();
    ArticleReader html = new HtmlArticleReader();
    ArticleReader jsonLines = new JsonLinesArticleReader();
    return new ArticleFormats(
        Map.of(
            "txt",
            new PlainTextArticleReader(),
            "md",
            markdown,
            "markdown",
            markdown,
            "xml",
            tei,
            "tei",
            tei,
            "html",
            html,
            "htm",
            html,
            "jsonl",
            jsonLines,
            "ndjson",
            jsonLines));
  }

  public Optional<ArticleReader> readerFor(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(byExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
