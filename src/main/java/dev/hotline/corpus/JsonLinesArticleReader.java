package dev.hotline.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one article an object ({@code title}, {@code published}, {@code url}, {@code
 * text}, optional {@code source}); a bad line is reported with its number and the rest still read.
 */
public final class JsonLinesArticleReader implements ArticleReader {
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          articles.add(article(json.readTree(line), id + "#" + number));
        } catch (JsonProcessingException e) {
          problems.accept(
              new CorpusProblem(file, number, "not valid JSON: " + e.getOriginalMessage()));
        } catch (ArticleFormatException e) {
          problems.accept(new CorpusProblem(file, number, e.getMessage()));
        }
      }
    }
    return articles;
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
