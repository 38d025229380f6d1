package dev.hotline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who is reading which index generation, across processes: every reader holds a shared lock on the
 * generation's {@code readers.lock} file while it has the generation open, and a rebuild deletes an
 * old generation only while it can hold that file's exclusive lock. A killed reader's lock goes
 * with its process, so nothing stale is left behind.
 *
 * <p>The operating system keeps these locks per process, and closing any handle on the file drops
 * all of a process's locks on it. So within this JVM the readers of a generation share one handle,
 * counted here, and a deletion never opens a handle on a file this JVM is reading.
 */
final class GenerationReaders {
  static final String LOCK_FILE = "readers.lock";
  private static final String TRASH_PREFIX = ".deleting-";

  /** The handles this JVM holds, by generation folder; guarded by itself. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private GenerationReaders() {}

  /** One generation kept from deletion until closed. */
  interface Lease extends Closeable {
    @Override
    void close();
  }

  /** Creates the lock file in a generation being written, before it can be published. */
  static void prepare(Path generation) throws IOException {
    Files.createFile(generation.resolve(LOCK_FILE));
  }

  /**
   * Keeps {@code generation} from deletion until the lease is closed; empty when the generation was
   * deleted before it could be leased (the caller reads {@code CURRENT} again). A generation
   * written before generations had lock files is read without a lease.
   */
  static Optional<Lease> acquire(Path generation) throws IOException {
    synchronized (HELD) {
      Held held = HELD.get(generation);
      if (held == null) {
        FileChannel channel;
        try {
          channel = FileChannel.open(generation.resolve(LOCK_FILE), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
          return Files.isDirectory(generation) && !Files.exists(generation.resolve(LOCK_FILE))
              ? Optional.of(() -> {})
              : Optional.empty();
        }
        // Waits while a rebuild is deleting this generation; then it is gone.
        FileLock lock = channel.lock(0, Long.MAX_VALUE, true);
        if (!Files.isDirectory(generation)) {
          lock.release();
          channel.close();
          return Optional.empty();
        }
        held = new Held(channel, lock);
        HELD.put(generation, held);
      }
      held.users++;
      return Optional.of(new HeldLease(generation, held));
    }
  }

  /**
   * Deletes {@code generation} unless a reader (in any process) has it open.
   *
   * @return whether it was deleted
   */
  static boolean deleteIfUnread(Path generation) throws IOException {
    synchronized (HELD) {
      if (HELD.containsKey(generation)) {
        return false;
      }
      Path lockFile = generation.resolve(LOCK_FILE);
      if (!Files.exists(lockFile)) {
        deleteTree(generation); // written before lock files, or a build that died early
        return true;
      }
      try (FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          return false;
        }
        if (lock == null) {
          return false;
        }
        // Moved aside in one rename while locked, so a reader that waited for the lock finds the
        // generation gone rather than half deleted.
        Path trash = generation.resolveSibling(TRASH_PREFIX + generation.getFileName());
        Files.move(generation, trash);
        lock.release();
        deleteTree(trash);
        return true;
      }
    }
  }

  /** Removes what a deletion interrupted by a crash left behind. */
  static void deleteLeftovers(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      for (Path trash :
          children.filter(p -> p.getFileName().toString().startsWith(TRASH_PREFIX)).toList()) {
        deleteTree(trash);
      }
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static void release(Path generation, Held held) {
    synchronized (HELD) {
      if (--held.users > 0) {
        return;
      }
      HELD.remove(generation);
      try {
        held.lock.release();
        held.channel.close();
      } catch (IOException e) {
        // The lock goes with the handle; nothing else to undo.
      }
    }
  }

  private static final class HeldLease implements Lease {
    private final Path generation;
    private final Held held;
    private boolean closed;

    HeldLease(Path generation, Held held) {
      this.generation = generation;
      this.held = held;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        release(generation, held);
      }
    }
  }

  private static final class Held {
    final FileChannel channel;
    final FileLock lock;
    int users;

    Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }
}
