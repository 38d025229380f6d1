package dev.hotline.corpus;

import java.nio.file.Path;

/**
 * How far a corpus has been read: after each article, and after each file.
 *
 * @param file the file being read
 * @param filesDone files finished, including this one once it is finished
 * @param bytesDone bytes of the corpus's files read so far
 * @param bytes bytes of all its files
 */
public record ReadPosition(
    Path file, int filesDone, int files, long bytesDone, long bytes, int articles) {

  /** The share read, from 0 to 1, by bytes (by files for a corpus of empty files). */
  public double fraction() {
    if (bytes > 0) {
      return Math.min(1.0, (double) bytesDone / bytes);
    }
    return files == 0 ? 1.0 : (double) filesDone / files;
  }
}
