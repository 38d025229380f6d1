package dev.hotline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free loopback ports for servers a test starts: picked and let go at once ({@link #free()}), or
 * held until released ({@link #held(int)}) where another server starts in between and could be
 * handed the same port.
 */
public final class Ports implements AutoCloseable {
  private final List<ServerSocket> sockets;

  private Ports(List<ServerSocket> sockets) {
    this.sockets = sockets;
  }

  /** A port free now; nothing keeps it free. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /** {@code count} free ports, kept bound until {@link #release()}. */
  public static Ports held(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0));
      }
    } catch (IOException e) {
      new Ports(sockets).release();
      throw e;
    }
    return new Ports(sockets);
  }

  /** The {@code i}th held port. */
  public int port(int i) {
    return sockets.get(i).getLocalPort();
  }

  /** Lets the ports go, for the servers meant to have them. */
  public void release() {
    for (ServerSocket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // a port that will not close is still let go of as far as this test can
      }
    }
  }

  @Override
  public void close() {
    release();
  }
}
