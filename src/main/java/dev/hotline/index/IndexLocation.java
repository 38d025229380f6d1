package dev.hotline.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index folder holding generations of the index ({@code gen-000001}, …) and a {@code CURRENT}
 * file naming the live one. A rebuild, one at a time under {@code rebuild.lock}, writes a new
 * generation aside and then replaces {@code CURRENT} in one atomic rename, so readers never see a
 * half-built index; readers lease the generation they read (see {@link GenerationReaders}).
 */
public final class IndexLocation {
  private static final Logger LOG = LoggerFactory.getLogger(IndexLocation.class);
  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The live generation's folder, if any index has been built here. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new IndexUnavailableException("the index pointer " + pointer + " is damaged");
    }
    return Optional.of(root.resolve(name));
  }

  /**
   * Takes this folder's rebuild lock, waiting (after telling {@code waiting}) while another build
   * holds it. Numbering, publishing and removing generations happen only under it.
   */
  RebuildLock lockForRebuild(RebuildLock.Waiting waiting) throws IOException {
    return RebuildLock.take(root, waiting);
  }

  /** A fresh folder for the next generation; call it under the rebuild lock. */
  Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int next = 1;
    try (Stream<Path> children = Files.list(root)) {
      next +=
          children
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(PREFIX))
              .mapToInt(n -> parseNumber(n.substring(PREFIX.length())))
              .max()
              .orElse(0);
    }
    Path generation = root.resolve(String.format("%s%06d", PREFIX, next));
    Files.createDirectory(generation);
    GenerationReaders.prepare(generation);
    return generation;
  }

  /**
   * Makes {@code generation} the live one, then removes every other generation no reader has open
   * (in any process); call it under the rebuild lock.
   */
  void publish(Path generation) throws IOException {
    Path temp = root.resolve(CURRENT + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(
          ByteBuffer.wrap(generation.getFileName().toString().getBytes(StandardCharsets.UTF_8)));
      out.force(true); // on disk before the rename makes it CURRENT
    }
    try {
      Files.move(
          temp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    syncFolder();
    removeUnread(generation);
  }

  /** Makes the rename itself durable; not every file system lets a folder be synced. */
  private void syncFolder() {
    try (FileChannel folder = FileChannel.open(root, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException e) {
      LOG.debug("cannot sync the index folder {}: {}", root, e.getMessage());
    }
  }

  /**
   * Generations are removed only when no reader can still be on them: a server keeps answering from
   * the one it has until it reloads, however many rebuilds happen meanwhile; it is removed by the
   * first rebuild after that.
   */
  private void removeUnread(Path live) {
    // The new generation is live already: a generation that cannot be removed now is left for
    // the next build, not reported as a failed one.
    try {
      GenerationReaders.deleteLeftovers(root);
      try (Stream<Path> children = Files.list(root)) {
        for (Path old :
            children.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
          if (!old.equals(live)) {
            GenerationReaders.deleteIfUnread(old);
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("could not remove an old index generation in {}: {}", root, e.getMessage());
    }
  }

  static void deleteTree(Path folder) throws IOException {
    GenerationReaders.deleteTree(folder);
  }

  private static int parseNumber(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
