package dev.hotline.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one article an object ({@code title}, {@code published}, {@code url}, {@code
 * text}, optional {@code source}); a bad line is reported with its number and the rest still read.
 * A file is read a line at a time, so it may be of any size.
 */
public final class JsonLinesArticleReader implements ArticleReader {
  private final ObjectMapper json = new ObjectMapper();

  /**
   * The longest line read (in characters): an article's text has no business being longer, and
   * longer lines are reported and skipped rather than held in memory.
   */
  static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    readEach(file, id, problems, (article, at) -> articles.add(article));
    return articles;
  }

  @Override
  public boolean streams() {
    return true;
  }

  @Override
  public void readEach(Path file, String id, Consumer<CorpusProblem> problems, ArticleSink sink)
      throws IOException {
    try (BoundedLines lines = new BoundedLines(file, MAX_LINE_CHARS)) {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.tooLong()) {
          problems.accept(
              new CorpusProblem(
                  file,
                  line.number(),
                  "skipped: the line is longer than "
                      + MAX_LINE_CHARS / (1024 * 1024)
                      + " million characters; split the article"));
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        Article article;
        try {
          article = article(json.readTree(line.text()), id + "#" + line.number());
        } catch (JsonProcessingException e) {
          problems.accept(
              new CorpusProblem(file, line.number(), "not valid JSON: " + e.getOriginalMessage()));
          continue;
        } catch (ArticleFormatException e) {
          problems.accept(new CorpusProblem(file, line.number(), e.getMessage()));
          continue;
        }
        sink.accept(article, lines.bytesRead());
      }
    }
  }

  private static Article article(JsonNode node, String id) throws ArticleFormatException {
    if (!node.isObject()) {
      throw new ArticleFormatException("each line must be a JSON object", 0);
    }
    String title = node.path("title").asText("").strip();
    String text = node.path("text").asText("");
    if (title.isEmpty() || text.isBlank()) {
      throw new ArticleFormatException("an article needs a non-empty \"title\" and \"text\"", 0);
    }
    LocalDate published = null;
    if (node.hasNonNull("published")) {
      String value = node.get("published").asText();
      published =
          PublicationDate.parse(value)
              .orElseThrow(
                  () ->
                      new ArticleFormatException(
                          "\"published\" is not a date: \"" + value + "\"", 0));
    }
    List<String> paragraphs =
        Arrays.stream(text.split("\\n\\s*\\n"))
            .map(Text::normalizeSpace)
            .filter(p -> !p.isEmpty())
            .toList();
    String url = node.hasNonNull("url") ? node.get("url").asText() : null;
    String source = node.hasNonNull("source") ? node.get("source").asText() : null;
    return new Article(id, title, published, source, url, "", paragraphs, List.of());
  }
}
