package dev.hotline.corpus;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every article file under one or more folders (or single files), each with the reader for
 * its extension; a file that cannot be read is reported and skipped, and the rest still read.
 */
public final class CorpusReader {
  /** The problem reported for a file in another encoding (Windows-1252, Latin-1, UTF-16…). */
  public static final String NOT_UTF8 = "not UTF-8 text; save it as UTF-8 and index again";

  private final ArticleFormats formats;

  public CorpusReader(ArticleFormats formats) {
    this.formats = formats;
  }

  /** Reports each file as it is read, so that long runs show progress. */
  @FunctionalInterface
  public interface Progress {
    void fileRead(Path file, int done, int total);

    Progress NONE = (file, done, total) -> {};
  }

  /** Reads the articles under {@code roots}, in a stable order. */
  public Corpus read(List<Path> roots, Progress progress) {
    List<Path> files = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();
    List<Path> rootOfFile = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.add(new CorpusProblem(root, 0, "no such file or folder"));
        continue;
      }
      for (Path file : articleFiles(root)) {
        files.add(file);
        rootOfFile.add(root);
      }
    }
    List<Article> articles = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Optional<ArticleReader> reader = formats.readerFor(file);
      if (reader.isEmpty()) {
        continue;
      }
      try {
        articles.addAll(reader.get().read(file, idOf(rootOfFile.get(i), file), problems::add));
      } catch (ArticleFormatException e) {
        problems.add(new CorpusProblem(file, e.line(), e.getMessage()));
        skipped++;
      } catch (IOException | UncheckedIOException e) {
        problems.add(new CorpusProblem(file, 0, unreadable(e)));
        skipped++;
      }
      progress.fileRead(file, i + 1, files.size());
    }
    return new Corpus(articles, problems, files.size(), skipped);
  }

  /** What to tell the user about a file that could not be read. */
  private static String unreadable(Exception e) {
    return notUtf8(e) ? NOT_UTF8 : "cannot be read: " + e.getMessage();
  }

  /** Whether a failure came from bytes that are not valid UTF-8. */
  static boolean notUtf8(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // CharConversionException is how XML parsers report bytes their encoding cannot decode.
      if (cause instanceof CharacterCodingException || cause instanceof CharConversionException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private List<Path> articleFiles(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !isHiddenOrProjectFile(root.relativize(f)))
          .filter(f -> formats.readerFor(f).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /**
   * Hidden folders (the built index lives in one) hold no articles, and README and LICENCE files
   * describe a corpus folder rather than belong to it.
   */
  private static boolean isHiddenOrProjectFile(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith("readme") || name.startsWith("licen");
  }

  private static String idOf(Path root, Path file) {
    Path base = Files.isRegularFile(root) ? root.getParent() : root;
    Path relative = base == null ? file.getFileName() : base.relativize(file);
    String prefix =
        Files.isRegularFile(root) ? "" : root.toAbsolutePath().normalize().getFileName() + "/";
    return prefix + relative.toString().replace('\\', '/');
  }
}
