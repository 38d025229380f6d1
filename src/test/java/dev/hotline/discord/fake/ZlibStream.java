package dev.hotline.discord.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Discord's {@code compress=zlib-stream}: one zlib stream for the whole connection, each payload
 * ending in a sync flush, whose {@code 00 00 FF FF} suffix tells the client that a payload is
 * complete.
 */
final class ZlibStream implements AutoCloseable {
  private final Deflater deflater = new Deflater();
  private final byte[] chunk = new byte[8192];

  synchronized byte[] compress(String payload) {
    deflater.setInput(payload.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int written;
    do {
      written = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
      out.write(chunk, 0, written);
    } while (written == chunk.length);
    return out.toByteArray();
  }

  @Override
  public synchronized void close() {
    deflater.end();
  }
}
