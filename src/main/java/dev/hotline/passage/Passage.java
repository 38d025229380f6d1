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
 * @param leadingDate the last date the article mentioned before this passage, or {@code null}: the
 *     time a passage without dates of its own is still talking about
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
    List<DateMention> dates,
    DateMention leadingDate) {

  public Passage {
    dates = List.copyOf(dates);
  }

  /** The id of the passage at {@code position} in article {@code articleId}. */
  public static String idOf(String articleId, int position) {
    return articleId + "/" + position;
  }

  public Passage(
      String id,
      String articleId,
      int position,
      String title,
      java.time.LocalDate published,
      String source,
      String url,
      String text,
      List<DateMention> dates) {
    this(id, articleId, position, title, published, source, url, text, dates, null);
  }
}
