package dev.hotline.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Creates the long-poll sockets and can close them all, which is the only way to end a poll the
 * server is still holding: a thread blocked in a socket read ignores interrupts.
 */
final class PollingSockets extends SocketFactory {

  private final SocketFactory plain = SocketFactory.getDefault();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  boolean isClosed() {
    return closed;
  }

  /** Closes every socket made so far and refuses new ones, so retries cannot reopen a poll. */
  void closeAll() {
    closed = true;
    sockets.forEach(PollingSockets::closeQuietly);
    sockets.clear();
  }

  @Override
  public Socket createSocket() throws IOException {
    return track(plain.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return track(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return track(plain.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return track(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return track(plain.createSocket(address, port, localAddress, localPort));
  }

  private Socket track(Socket socket) throws SocketException {
    sockets.removeIf(Socket::isClosed);
    sockets.add(socket);
    // Checked after adding so a concurrent closeAll cannot miss this socket.
    if (closed) {
      closeQuietly(socket);
      throw new SocketException("Telegram long polling is closed");
    }
    return socket;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already broken; nothing left to release.
    }
  }
}
