package dev.hotline.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Markdown articles with a YAML front-matter block ({@code title}, {@code published}, {@code
 * source}, {@code url}, {@code licence}, {@code events}); the body's paragraphs become plain text
 * (headings, emphasis and link targets removed).
 */
public final class MarkdownArticleReader implements ArticleReader {
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+");

  private final YAMLMapper yaml = new YAMLMapper();

  @Override
  public List<Article> read(Path file, String id, Consumer<CorpusProblem> problems)
      throws IOException, ArticleFormatException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals("---")) {
      throw new ArticleFormatException(
          "a Markdown article must start with a '---' front-matter block", 1);
    }
    int close = 1;
    while (close < lines.size() && !lines.get(close).strip().equals("---")) {
      close++;
    }
    if (close == lines.size()) {
      throw new ArticleFormatException(
          "the front-matter block opened on line 1 is never closed with '---'", 1);
    }
    final int frontEnd = close;
    JsonNode front = frontMatter(String.join("\n", lines.subList(1, frontEnd)));
    String title = text(front, "title");
    if (title == null || title.isBlank()) {
      throw new ArticleFormatException("the front matter has no 'title'", 1);
    }
    LocalDate published = null;
    String publishedText = text(front, "published");
    if (publishedText != null) {
      published =
          PublicationDate.parse(publishedText)
              .orElseThrow(
                  () ->
                      new ArticleFormatException(
                          "'published' is not a date: \"" + publishedText + "\"",
                          lineOf(lines, "published:", frontEnd)));
    }
    List<String> paragraphs = paragraphs(lines.subList(close + 1, lines.size()));
    if (paragraphs.isEmpty()) {
      throw new ArticleFormatException("the article has front matter but no body text", close + 1);
    }
    String licence =
        text(front, "licence") != null ? text(front, "licence") : text(front, "license");
    return List.of(
        new Article(
            id,
            title.strip(),
            published,
            text(front, "source"),
            text(front, "url"),
            licence,
            paragraphs,
            declaredEvents(front)));
  }

  private JsonNode frontMatter(String block) throws ArticleFormatException {
    try {
      JsonNode node = yaml.readTree(block);
      if (node == null || !node.isObject()) {
        throw new ArticleFormatException("the front matter is not a set of 'key: value' lines", 2);
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 1 : where.getLineNr() + 1;
      throw new ArticleFormatException(
          "the front matter is not valid YAML: " + e.getOriginalMessage(), line, e);
    }
  }

  private static List<Article.DeclaredEvent> declaredEvents(JsonNode front) {
    List<Article.DeclaredEvent> events = new ArrayList<>();
    for (JsonNode event : front.path("events")) {
      JsonNode date = event.isObject() ? event.get("date") : event;
      if (date != null && !date.asText().isBlank()) {
        JsonNode what = event.isObject() ? event.get("what") : null;
        events.add(
            new Article.DeclaredEvent(
                date.asText().strip(), what == null || what.isNull() ? "" : what.asText()));
      }
    }
    return events;
  }

  private static List<String> paragraphs(List<String> body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : body) {
      String line = raw.strip();
      boolean heading = line.startsWith("#");
      boolean listItem = LIST_MARK.matcher(line).find();
      if (line.isEmpty() || heading || listItem) {
        flush(current, paragraphs);
      }
      if (line.isEmpty() || heading) {
        continue;
      }
      current.append(current.isEmpty() ? "" : " ").append(LIST_MARK.matcher(line).replaceFirst(""));
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String text =
        EMPHASIS.matcher(LINK.matcher(current.toString()).replaceAll("$1")).replaceAll("");
    String paragraph = Text.normalizeSpace(text);
    current.setLength(0);
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int lineOf(List<String> lines, String prefix, int before) {
    for (int i = 1; i < before; i++) {
      if (lines.get(i).strip().startsWith(prefix)) {
        return i + 1;
      }
    }
    return 1;
  }
}
