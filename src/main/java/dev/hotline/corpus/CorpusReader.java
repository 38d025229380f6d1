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
 * Articles are handed on one at a time, so a corpus of any size is read in bounded memory.
 */
public final class CorpusReader {
  /** The problem reported for a file in another encoding (Windows-1252, Latin-1, UTF-16…). */
  public static final String NOT_UTF8 = "not UTF-8 text; save it as UTF-8 and index again";

  /**
   * The largest file read whole (every format but JSON Lines, which is read a line at a time):
   * parsing HTML or XML takes several times the file's size in memory.
   */
  public static final long MAX_WHOLE_FILE_BYTES = 16L * 1024 * 1024;

  /** Problems kept for the report; beyond them only their number is. */
  public static final int PROBLEMS_KEPT = 200;

  private final ArticleFormats formats;

  public CorpusReader(ArticleFormats formats) {
    this.formats = formats;
  }

  /** Reports how far reading has got, so that long runs show progress. */
  public interface Progress {
    /** After each article, and after each file. */
    void read(ReadPosition position);

    /** The run waits for something outside it, such as another build of the same index. */
    default void waiting(String why) {}

    Progress NONE = position -> {};
  }

  /** Reads the articles under {@code roots}, in a stable order, into memory. */
  public Corpus read(List<Path> roots, Progress progress) {
    List<Article> articles = new ArrayList<>();
    try {
      CorpusTally tally = readEach(roots, progress, (article, at) -> articles.add(article));
      return new Corpus(articles, tally.problems(), tally.filesSeen(), tally.filesSkipped());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // adding to a list does not fail
    }
  }

  /**
   * Reads the articles under {@code roots}, in a stable order, handing each to {@code sink} as soon
   * as it is read.
   *
   * @throws IOException when {@code sink} fails; problems with the files are in the tally
   */
  public CorpusTally readEach(List<Path> roots, Progress progress, ArticleSink sink)
      throws IOException {
    Problems problems = new Problems();
    List<Path> files = new ArrayList<>();
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
    long[] sizes = new long[files.size()];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      sizes[i] = sizeOf(files.get(i));
      total += sizes[i];
    }
    int[] articles = {0};
    long before = 0;
    int skipped = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Optional<ArticleReader> reader = formats.readerFor(file);
      if (reader.isEmpty()) {
        continue;
      }
      int filesBefore = i;
      long start = before;
      long size = sizes[i];
      long bytes = total;
      ArticleSink counted =
          (article, at) -> {
            try {
              sink.accept(article, at);
            } catch (IOException e) {
              throw new SinkFailure(e);
            }
            articles[0]++;
            int filesDone = at >= size ? filesBefore + 1 : filesBefore; // its last article
            progress.read(
                new ReadPosition(file, filesDone, files.size(), start + at, bytes, articles[0]));
          };
      if (!reader.get().streams() && sizes[i] > MAX_WHOLE_FILE_BYTES) {
        problems.add(new CorpusProblem(file, 0, tooLarge(sizes[i])));
        skipped++;
      } else {
        try {
          reader.get().readEach(file, idOf(rootOfFile.get(i), file), problems::add, counted);
        } catch (SinkFailure e) {
          throw e.getCause();
        } catch (ArticleFormatException e) {
          problems.add(new CorpusProblem(file, e.line(), e.getMessage()));
          skipped++;
        } catch (IOException | UncheckedIOException e) {
          problems.add(new CorpusProblem(file, 0, unreadable(e)));
          skipped++;
        }
      }
      before += sizes[i];
      progress.read(new ReadPosition(file, i + 1, files.size(), before, total, articles[0]));
    }
    return new CorpusTally(
        articles[0], problems.kept, problems.count, files.size(), skipped, total);
  }

  private static String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "not read: %.1f MB is more than the %d MB an article file may have; split it into"
            + " smaller files, or into JSON Lines (read a line at a time, any size)",
        size / 1e6,
        MAX_WHOLE_FILE_BYTES / (1024 * 1024));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it will report why
    }
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

  /** The first problems, and how many there were: a broken file can hold millions of them. */
  private static final class Problems {
    final List<CorpusProblem> kept = new ArrayList<>();
    int count;

    void add(CorpusProblem problem) {
      if (kept.size() < PROBLEMS_KEPT) {
        kept.add(problem);
      }
      count++;
    }
  }

  /** Carries the sink's failure past the handling of unreadable files, which it is not. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
