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
 * @param declaredEvents the key events the article lists (front matter), may be empty
 */
public record Article(
    String id,
    String title,
    LocalDate published,
    String source,
    String url,
    String licence,
    List<String> paragraphs,
    List<DeclaredEvent> declaredEvents) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    declaredEvents = List.copyOf(declaredEvents);
    source = source == null ? "" : source;
    licence = licence == null ? "" : licence;
  }

  /** The ISO dates of the declared events, in their order. */
  public List<String> declaredDates() {
    return declaredEvents.stream().map(DeclaredEvent::date).toList();
  }

  /**
   * A key event as an article lists it.
   *
   * @param date ISO date at the precision history knows ({@code 1961-08-13}, {@code 1947-09},
   *     {@code 1953})
   * @param what a short account of what happened, empty when the list gives only the date
   */
  public record DeclaredEvent(String date, String what) {
    public DeclaredEvent {
      Objects.requireNonNull(date, "date");
      what = what == null ? "" : what.strip();
    }
  }
}
