package dev.hotline.index;

/**
 * The names of the index's fields, defined once for the writer and the searcher. The index holds
 * two kinds of document: passages, which are searched and quoted, and events, the dated things the
 * passages tell.
 */
public final class IndexSchema {
  /** Which kind of document: {@link #PASSAGE_KIND} or {@link #EVENT_KIND}. */
  public static final String KIND = "kind";

  public static final String PASSAGE_KIND = "passage";
  public static final String EVENT_KIND = "event";

  /** Stored passage id, also indexed for exact look-up. */
  public static final String ID = "id";

  public static final String ARTICLE_ID = "article_id";
  public static final String POSITION = "position";

  /** Stored article title. */
  public static final String TITLE = "title";

  /** Analysed article title, searched with a lower weight than the body. */
  public static final String TITLE_TEXT = "title_text";

  /**
   * Analysed and stored passage text, with term vectors and offsets for picking the answer
   * sentence.
   */
  public static final String BODY = "body";

  public static final String SOURCE = "source";
  public static final String URL = "url";

  /** Stored ISO publication date. */
  public static final String PUBLISHED = "published";

  /** Publication date as an epoch day, for range queries. */
  public static final String PUBLISHED_DAY = "published_day";

  /** Stored dates of the passage, one a line (see {@link StoredDates}). */
  public static final String DATES = "dates";

  /** Stored date the article last mentioned before the passage, in the same encoding. */
  public static final String LEADING_DATE = "leading_date";

  /** Each event date's span of epoch days, as a range field for "in 1962" questions. */
  public static final String EVENT_SPAN = "event_span";

  /** "MM-dd" of each day-precise event date, for "on this day". */
  public static final String EVENT_MONTH_DAY = "event_month_day";

  /**
   * Analysed descriptions of the key events (front matter) a passage tells: the article's own
   * summary of what happened there, searched beside the passage text.
   */
  public static final String EVENT_TEXT = "event_text";

  // Event documents: the passage id in PASSAGE, the article in ARTICLE_ID and TITLE, and these.

  /** Stored event id. */
  public static final String EVENT_ID = "event_id";

  /** Stored and indexed id of the passage that tells an event, to find a passage's events. */
  public static final String PASSAGE = "passage";

  /** Stored date of an event, in the encoding of {@link #DATES}. */
  public static final String EVENT_DATE = "event_date";

  /** Stored end of an event that lasted, in the encoding of {@link #DATES}. */
  public static final String EVENT_END = "event_end";

  /** Analysed and stored description of what happened. */
  public static final String DESCRIPTION = "description";

  /** Stored "1" for an event the article lists among its key events. */
  public static final String DECLARED = "declared";

  /** Stored start and end of the clause telling an event in its passage ("-1 -1" for none). */
  public static final String CLAUSE = "clause";

  /** Commit metadata: the schema version, so an old index is rebuilt rather than misread. */
  public static final String SCHEMA_VERSION_KEY = "hotline.schema";

  public static final String SCHEMA_VERSION = "5";
  public static final String PASSAGE_COUNT_KEY = "hotline.passages";
  public static final String EVENT_COUNT_KEY = "hotline.events";
  public static final String ARTICLE_COUNT_KEY = "hotline.articles";
  public static final String BUILT_AT_KEY = "hotline.built";

  private IndexSchema() {}
}
