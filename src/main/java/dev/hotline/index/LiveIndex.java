package dev.hotline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a running server answers from, swapped for a newly built generation without a restart.
 * Each piece of work holds a lease on the generation it started with, and a replaced generation is
 * closed only when its last lease ends, so no question in flight fails.
 */
public final class LiveIndex implements IndexAccess, Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  private final IndexLocation location;
  private final SynonymMap synonyms;
  private final AtomicReference<Lease> current;
  private volatile boolean closed;

  private LiveIndex(IndexLocation location, SynonymMap synonyms, PassageIndex first) {
    this.location = location;
    this.synonyms = synonyms;
    this.current = new AtomicReference<>(new Lease(first));
  }

  /** Opens the live generation at {@code location}; fails as {@link PassageIndex#open} does. */
  public static LiveIndex open(IndexLocation location, SynonymMap synonyms) {
    return new LiveIndex(location, synonyms, PassageIndex.open(location, synonyms));
  }

  /** Runs {@code work} against the current generation, which stays open until it returns. */
  @Override
  public <T> T withIndex(Function<PassageIndex, T> work) {
    while (true) {
      if (closed) {
        throw new IndexUnavailableException("the index is closed: the server is stopping");
      }
      Lease lease = current.get();
      if (lease.acquire()) {
        try {
          return work.apply(lease.index);
        } finally {
          lease.release();
        }
      }
      // That generation was retired between reading and leasing it: the next read sees its
      // successor.
    }
  }

  /**
   * Switches to the generation {@code hotline index} published last, if it is not the one in use. A
   * generation that cannot be opened is logged and the current one kept.
   *
   * @return whether a new generation is now in use
   */
  public synchronized boolean reloadIfChanged() {
    if (closed) {
      return false;
    }
    Optional<Path> published;
    try {
      published = location.current();
    } catch (IOException | IndexUnavailableException e) {
      LOG.warn(
          "index pointer at {} unreadable, keeping the current index: {}",
          location.root(),
          e.getMessage());
      return false;
    }
    Lease old = current.get();
    if (published.isEmpty() || published.get().equals(old.index.generation())) {
      return false;
    }
    PassageIndex fresh;
    try {
      fresh = PassageIndex.open(location, synonyms);
    } catch (IndexUnavailableException e) {
      LOG.warn(
          "new index at {} cannot be opened, keeping the current one: {}",
          published.get(),
          e.getMessage());
      return false;
    }
    current.set(new Lease(fresh));
    old.release();
    LOG.info(
        "switched to index {} ({} passages)",
        fresh.generation().getFileName(),
        fresh.passageCount());
    return true;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    current.get().release();
  }

  /**
   * One generation with a count of its users. The live reference counts as one; when it is dropped
   * and the last user leaves, the count reaches zero and the index closes.
   */
  private static final class Lease {
    private final PassageIndex index;
    private final AtomicInteger users = new AtomicInteger(1);

    Lease(PassageIndex index) {
      this.index = index;
    }

    boolean acquire() {
      while (true) {
        int now = users.get();
        if (now <= 0) {
          return false;
        }
        if (users.compareAndSet(now, now + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (users.decrementAndGet() == 0) {
        try {
          index.close();
        } catch (IOException e) {
          LOG.warn("closing retired index {} failed: {}", index.generation(), e.getMessage());
        }
      }
    }
  }
}
