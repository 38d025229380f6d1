package dev.hotline.index;

import java.util.Map;

/**
 * Every term of a passage with where it occurs, as {@code start, end} offset pairs: looked up for
 * each term of each question in each passage found, so kept as a {@link TermSet} with the offsets
 * beside it rather than as a map of entries.
 */
final class TermOffsets {
  private final TermSet terms;
  private final int[][] spans;

  TermOffsets(Map<String, int[]> offsets) {
    this.terms = TermSet.copyOf(offsets.keySet());
    this.spans = new int[terms.slots()][];
    for (Map.Entry<String, int[]> entry : offsets.entrySet()) {
      spans[terms.indexOf(entry.getKey())] = entry.getValue();
    }
  }

  /** The passage's terms. */
  TermSet terms() {
    return terms;
  }

  /** Where {@code term} occurs, or {@code null} if the passage lacks it. */
  int[] of(String term) {
    int slot = terms.indexOf(term);
    return slot < 0 ? null : spans[slot];
  }
}
