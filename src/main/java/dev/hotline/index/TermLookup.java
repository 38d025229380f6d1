package dev.hotline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * The index statistics of the terms one question looks up, each read once through one terms
 * enumerator per field and segment, and handed to the search so that it need not read them again;
 * read once for the index generation, too, as far as {@link KnownTerms} keeps them.
 */
final class TermLookup {
  private final IndexReaderContext top;
  private final KnownTerms known;
  private final Map<Term, TermStates> read = new HashMap<>();
  private final Map<String, TermsEnum[]> enumerators = new HashMap<>();

  /**
   * @param known the statistics of the generation's terms read so far, shared by every question on
   *     {@code searcher}
   */
  TermLookup(IndexSearcher searcher, KnownTerms known) {
    this.top = searcher.getTopReaderContext();
    this.known = known;
  }

  /** How many documents hold {@code term}. */
  int docFreq(Term term) {
    return states(term).docFreq();
  }

  /** The term's statistics and its place in each segment, as a term query would read them. */
  TermStates states(Term term) {
    TermStates states = read.get(term);
    if (states == null) {
      states = known.get(term);
      if (states == null) {
        states = readStates(term);
        known.keep(term, states);
      }
      read.put(term, states);
    }
    return states;
  }

  private TermStates readStates(Term term) {
    List<LeafReaderContext> leaves = top.leaves();
    TermsEnum[] bySegment =
        enumerators.computeIfAbsent(term.field(), field -> new TermsEnum[leaves.size()]);
    TermStates states = new TermStates(top);
    try {
      for (LeafReaderContext leaf : leaves) {
        if (bySegment[leaf.ord] == null) {
          bySegment[leaf.ord] = Terms.getTerms(leaf.reader(), term.field()).iterator();
        }
        TermsEnum terms = bySegment[leaf.ord];
        if (terms.seekExact(term.bytes())) {
          states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return states;
  }
}
