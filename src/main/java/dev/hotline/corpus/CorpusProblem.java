package dev.hotline.corpus;

import java.nio.file.Path;

/** A file, or one line of it, that could not be read; the rest of the corpus still is. */
public record CorpusProblem(Path file, int line, String message) {

  /** "path:line: message", or "path: message" when no line applies. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
