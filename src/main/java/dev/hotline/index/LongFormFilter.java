package dev.hotline.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the place of each acronym a passage's article spells out, the analysed words of its long
 * form, with the acronym's offsets, so they are found and highlighted where the acronym stands.
 */
final class LongFormFilter extends TokenFilter {
  private final Map<Integer, List<String>> termsAt;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State acronym;

  /** {@code termsAt}: by an acronym's start offset, the terms of its long form. */
  LongFormFilter(TokenStream input, Map<Integer, List<String>> termsAt) {
    super(input);
    this.termsAt = termsAt;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(acronym);
      term.setEmpty().append(pending.poll());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<String> longForm = termsAt.get(offset.startOffset());
    if (longForm != null) {
      pending.addAll(longForm);
      acronym = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    acronym = null;
  }
}
