package dev.hotline.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The ranking constants, in one place. BM25's defaults (k1 1.2, b 0.75) suit whole documents;
 * passages are short and even in length, so term frequency saturates sooner and length matters
 * less. Values tuned on the development questions (see docs/evaluation.md).
 */
public final class Ranking {
  public static final float K1 = 0.9f;
  public static final float B = 0.4f;

  /** Weight of a match in the article title relative to one in the passage text. */
  public static final float TITLE_BOOST = 0.6f;

  private Ranking() {}

  public static Similarity similarity() {
    return new BM25Similarity(K1, B);
  }
}
