package dev.hotline.telegram;

import java.io.IOException;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Answers a long poll cut short by {@link PollingSockets#closeAll()} with "no updates", so the
 * library ends its poll loop normally instead of logging an error and backing off on shutdown.
 */
final class QuietShutdownInterceptor implements Interceptor {

  private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

  private final PollingSockets sockets;

  QuietShutdownInterceptor(PollingSockets sockets) {
    this.sockets = sockets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    try {
      return chain.proceed(request);
    } catch (IOException e) {
      if (sockets.isClosed() && isGetUpdates(request)) {
        return noUpdates(request);
      }
      throw e;
    }
  }

  private static boolean isGetUpdates(Request request) {
    return request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
  }

  private static Response noUpdates(Request request) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(NO_UPDATES, MediaType.get("application/json")))
        .build();
  }
}
