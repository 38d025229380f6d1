package dev.hotline.corpus;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 file, one at a time, none longer than a limit: a line over it is skipped
 * without being held in memory, so one enormous line cannot exhaust it.
 */
final class BoundedLines implements Closeable {
  /** One line, or the number of a line that was too long to read. */
  record Line(int number, String text, boolean tooLong) {}

  private final CountingStream bytes;
  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private int number;

  BoundedLines(Path file, int maxChars) throws IOException {
    this.bytes = new CountingStream(Files.newInputStream(file));
    this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8);
    this.maxChars = maxChars;
  }

  /** The next line without its line ending, or {@code null} at the end of the file. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer);
        position = 0;
        if (end < 0) {
          end = 0;
          return any ? finish(line, tooLong) : null;
        }
      }
      any = true;
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      if (!tooLong) {
        if (line.length() + (position - start) > maxChars) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, position - start);
        }
      }
      if (position < end) {
        position++; // the '\n'
        return finish(line, tooLong);
      }
    }
  }

  /** Bytes taken from the file so far (a buffer ahead of the lines returned). */
  long bytesRead() {
    return bytes.count;
  }

  private Line finish(StringBuilder line, boolean tooLong) {
    number++;
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    return new Line(number, tooLong ? "" : line.toString(), tooLong);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
