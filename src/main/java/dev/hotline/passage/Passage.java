package dev.hotline.passage;

import dev.hotline.dates.DateMention;
import java.time.LocalDate;
import java.util.List;

/**
 * A paragraph-sized piece of an article, the unit Hotline indexes and quotes, with the dates found
 * in it and its article's metadata.
 *
 * @param id stable id: the article id and the passage's position in it
 * @param published the article's publication date, or {@code null}
 * @param url the article's link, or {@code null}
 */
public record Passage(
    String id,
    String articleId,
    int position,
    String title,
    LocalDate published,
    String source,
    String url,
    String text,
    List<DateMention> dates) {

  public Passage {
    dates = List.copyOf(dates);
  }
}
