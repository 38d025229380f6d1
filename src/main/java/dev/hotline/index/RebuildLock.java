package dev.hotline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * One rebuild at a time per index folder, across processes: the exclusive lock on its {@code
 * rebuild.lock} file. A killed build's lock goes with its process.
 */
final class RebuildLock implements Closeable {
  static final String FILE = "rebuild.lock";

  /** How often a build in this JVM looks again when another build in this JVM holds the lock. */
  private static final long IN_PROCESS_RETRY_MILLIS = 100;

  /** Told once when the lock is taken by another build and this one waits. */
  @FunctionalInterface
  interface Waiting {
    void waiting(Path root);
  }

  private final FileChannel channel;
  private final FileLock lock;

  private RebuildLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code root}, waiting for another build to finish first if need be. */
  static RebuildLock take(Path root, Waiting waiting) throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(
            root.resolve(FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      boolean told = false;
      while (true) {
        try {
          FileLock lock = channel.tryLock();
          if (lock != null) {
            return new RebuildLock(channel, lock);
          }
          if (!told) {
            waiting.waiting(root);
          }
          return new RebuildLock(channel, channel.lock());
        } catch (OverlappingFileLockException inThisJvm) {
          if (!told) {
            waiting.waiting(root);
            told = true;
          }
          TimeUnit.MILLISECONDS.sleep(IN_PROCESS_RETRY_MILLIS);
        }
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted waiting for another index build");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
