package dev.hotline.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;

/**
 * The statistics of the terms questions have looked up in one index generation, which they never
 * change for: the words of questions recur, and seeking a term in the terms dictionary is a good
 * part of building a question's query. Every term the index holds is kept, so those stay within its
 * vocabulary; of the terms it lacks (misspellings, synonyms no article uses, words no title holds)
 * only the first {@link #MAX_ABSENT}, however many are asked. Safe for concurrent use.
 */
final class KnownTerms {
  /** Terms the index lacks kept at most: a few hundred kilobytes. */
  static final int MAX_ABSENT = 10_000;

  private final Map<Term, TermStates> states = new ConcurrentHashMap<>();
  private final AtomicInteger absent = new AtomicInteger();

  /** The statistics kept for {@code term}, or {@code null}. */
  TermStates get(Term term) {
    return states.get(term);
  }

  /** Keeps a term's statistics, read from this generation. */
  void keep(Term term, TermStates read) {
    if (read.docFreq() > 0) {
      states.putIfAbsent(term, read);
    } else if (absent.get() < MAX_ABSENT && states.putIfAbsent(term, read) == null) {
      absent.incrementAndGet();
    }
  }
}
