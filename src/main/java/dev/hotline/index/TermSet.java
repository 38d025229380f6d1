package dev.hotline.index;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of terms, for the sets ranking looks every word of every question up in: unlike
 * {@code Set.copyOf}, it stays quick where similar terms ("1961", "1962") have similar hash codes.
 */
final class TermSet extends AbstractSet<String> {

  /** Slots are a power of two, at most half full. */
  private final String[] terms;

  private final int[] hashes;
  private final int size;

  private TermSet(String[] terms, int[] hashes, int size) {
    this.terms = terms;
    this.hashes = hashes;
    this.size = size;
  }

  /** The distinct terms of {@code terms}, which must not hold {@code null}. */
  static TermSet copyOf(Collection<String> terms) {
    if (terms instanceof TermSet set) {
      return set;
    }
    if (terms.isEmpty()) {
      return new TermSet(new String[1], new int[1], 0);
    }
    int slots = Integer.highestOneBit(Math.max(2, terms.size() * 2 - 1)) << 1;
    String[] table = new String[slots];
    int[] hashes = new int[slots];
    int size = 0;
    for (String term : terms) {
      int hash = term.hashCode();
      int slot = find(table, hashes, term, hash);
      if (table[slot] == null) {
        table[slot] = term;
        hashes[slot] = kept(hash);
        size++;
      }
    }
    return new TermSet(table, hashes, size);
  }

  /** The slot that holds {@code term}, or the empty slot where it would go. */
  private static int find(String[] table, int[] hashes, String term, int hash) {
    int mask = table.length - 1;
    int kept = kept(hash);
    // Set.copyOf places a term at its plain hash code and probes on, comparing each term it meets,
    // so runs of similar terms made misses slow. The top bits of this product spread consecutive
    // hash codes apart, and a term is compared only when its kept hash agrees. An empty slot keeps
    // 0, so a miss, the usual answer, reads the hashes alone.
    int slot = ((hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(table.length) + 1)) & mask;
    while (hashes[slot] != 0 && !(hashes[slot] == kept && table[slot].equals(term))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The hash a slot keeps for a term: never 0, which marks an empty slot. */
  private static int kept(int hash) {
    return hash == 0 ? 1 : hash;
  }

  /**
   * Where {@code term} sits in this set, or -1 if it is absent: an index into an array of {@link
   * #slots()} kept beside the set, one value a term.
   */
  int indexOf(String term) {
    int slot = find(terms, hashes, term, term.hashCode());
    return hashes[slot] == 0 ? -1 : slot;
  }

  /** How long an array indexed by {@link #indexOf} must be. */
  int slots() {
    return terms.length;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String term)) {
      return false;
    }
    return hashes[find(terms, hashes, term, term.hashCode())] != 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int slot = next(0);

      private int next(int from) {
        int at = from;
        while (at < terms.length && terms[at] == null) {
          at++;
        }
        return at;
      }

      @Override
      public boolean hasNext() {
        return slot < terms.length;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String term = terms[slot];
        slot = next(slot + 1);
        return term;
      }
    };
  }
}
