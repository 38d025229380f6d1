package dev.hotline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * An index reader that holds the searched fields' norms in arrays: events lack those fields, so on
 * disk their norms are a sparse list that Lucene scans for every term it scores.
 */
final class HeldNormsReader extends FilterDirectoryReader {
  private final Set<String> fields;

  HeldNormsReader(DirectoryReader in, Set<String> fields) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader leaf) {
            try {
              return new Leaf(leaf, fields);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    this.fields = Set.copyOf(fields);
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new HeldNormsReader(in, fields);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    // The same documents with the same values: what is cached for one holds for the other.
    return in.getReaderCacheHelper();
  }

  /** One segment, with the norms of {@code fields} that fit in a byte, as BM25's do, in arrays. */
  private static final class Leaf extends FilterLeafReader {
    private final Map<String, HeldNorms> held = new HashMap<>();

    Leaf(LeafReader in, Set<String> fields) throws IOException {
      super(in);
      for (String field : fields) {
        NumericDocValues norms = in.getNormValues(field);
        if (norms != null) {
          HeldNorms.read(norms, in.maxDoc()).ifPresent(read -> held.put(field, read));
        }
      }
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
      HeldNorms norms = held.get(field);
      return norms == null ? super.getNormValues(field) : norms.iterator();
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** A field's norms: which documents have one, and its value. */
  private record HeldNorms(FixedBitSet present, byte[] values, int count) {
    /** The norms read from disk, or empty if one does not fit in a byte. */
    static Optional<HeldNorms> read(NumericDocValues norms, int maxDoc) throws IOException {
      FixedBitSet present = new FixedBitSet(maxDoc);
      byte[] values = new byte[maxDoc];
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        long value = norms.longValue();
        if (value != (byte) value) {
          return Optional.empty();
        }
        present.set(doc);
        values[doc] = (byte) value;
      }
      return Optional.of(new HeldNorms(present, values, present.cardinality()));
    }

    NumericDocValues iterator() {
      return new NumericDocValues() {
        private int doc = -1;

        @Override
        public boolean advanceExact(int target) {
          doc = target;
          return present.get(target);
        }

        @Override
        public long longValue() {
          return values[doc];
        }

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
          doc =
              target >= present.length()
                  ? DocIdSetIterator.NO_MORE_DOCS
                  : present.nextSetBit(target);
          return doc;
        }

        @Override
        public long cost() {
          return count;
        }
      };
    }
  }
}
