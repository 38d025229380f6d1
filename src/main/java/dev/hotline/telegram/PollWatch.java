package dev.hotline.telegram;

import dev.hotline.chat.ConnectionObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Locale;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Watches every long poll and tells the observer how it went: a poll that came back means Telegram
 * is reached, one that failed means it is not, and 401 or 404 mean the token is refused. The
 * library's own report of a failed poll is a 25-line stack trace each time.
 *
 * <p>After polls failed to connect, a poll that connects again means Telegram is back: the server
 * holds that poll open for up to a minute before it answers, and health need not wait for that.
 */
final class PollWatch implements Interceptor {
  private final ConnectionObserver observer;
  private final PollingSockets sockets;
  private volatile boolean cutOff;

  PollWatch(ConnectionObserver observer, PollingSockets sockets) {
    this.observer = observer;
    this.sockets = sockets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isGetUpdates(request)) {
      return chain.proceed(request);
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      if (!sockets.isClosed()) { // closed by Hotline itself, on the way out
        cutOff = true;
        observer.failed(describe(e), e);
      }
      throw e;
    }
    if (response.isSuccessful()) {
      observer.reached();
    } else if (response.code() == 401 || response.code() == 404) {
      observer.rejected(
          "Telegram rejected the bot token (" + response.code() + " " + response.message() + ")");
    } else {
      observer.failed("the Bot API answered " + response.code() + " " + response.message(), null);
    }
    return response;
  }

  /**
   * Listens for new connections: one made for a poll after polls were cut off means the server is
   * there again. (A pooled connection to the server that went away is no sign of it.)
   */
  EventListener connections() {
    return new EventListener() {
      @Override
      public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        if (cutOff && isGetUpdates(call.request())) {
          cutOff = false;
          observer.reached();
        }
      }
    };
  }

  private static boolean isGetUpdates(Request request) {
    return request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
  }

  /** The failure and its cause in one line, e.g. "Failed to connect to …: Connection refused". */
  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message = message + ": " + cause.getMessage();
    }
    return message.lines().findFirst().orElse(message);
  }
}
