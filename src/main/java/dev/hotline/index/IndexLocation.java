package dev.hotline.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An index folder holding generations of the index ({@code gen-000001}, …) and a {@code CURRENT}
 * file naming the live one. A rebuild writes a new generation aside and then replaces {@code
 * CURRENT} in one atomic rename, so readers never see a half-built index.
 */
public final class IndexLocation {
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

  /** A fresh folder for the next generation. */
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
    Files.createDirectories(generation);
    return generation;
  }

  /** Makes {@code generation} the live one, then removes generations older than the previous. */
  void publish(Path generation) throws IOException {
    Optional<Path> previous = current();
    Path temp = root.resolve(CURRENT + ".tmp");
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    try {
      Files.move(
          temp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    // Keep the previous generation: a server may still be answering from it until it reloads.
    try (Stream<Path> children = Files.list(root)) {
      for (Path old :
          children.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
        if (!old.equals(generation) && previous.map(p -> !p.equals(old)).orElse(true)) {
          deleteTree(old);
        }
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

  private static int parseNumber(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
