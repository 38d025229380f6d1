package dev.hotline.index;

import java.util.function.Function;

/**
 * Lends the current index for one piece of work, so that a live reload can swap the index without
 * closing it under a search in flight.
 */
public interface IndexAccess {
  <T> T withIndex(Function<PassageIndex, T> work);

  /** Access to one index that never changes. */
  static IndexAccess fixed(PassageIndex index) {
    return new IndexAccess() {
      @Override
      public <T> T withIndex(Function<PassageIndex, T> work) {
        return work.apply(index);
      }
    };
  }
}
