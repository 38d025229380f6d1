package dev.hotline.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as read from a corpus file: its metadata and body paragraphs, markup removed.
 *
 * @param id stable id: the file's path under its corpus folder, plus a fragment for files that hold
 *     several articles
 * @param published publication date, or {@code null} when the source gives none
 * @param url link to the article online, or {@code null}
 * @param declaredDates ISO dates the article lists as its key events (front matter), may be empty
 */
public record Article(
    String id,
    String title,
    LocalDate published,
    String source,
    String url,
    String licence,
    List<String> paragraphs,
    List<String> declaredDates) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    declaredDates = List.copyOf(declaredDates);
    source = source == null ? "" : source;
    licence = licence == null ? "" : licence;
  }
}
