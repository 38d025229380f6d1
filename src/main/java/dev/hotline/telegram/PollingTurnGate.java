package dev.hotline.telegram;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Lets a long poll reach Telegram only while this process holds the polling turn. Without it, the
 * poll is answered here with "no updates" after waiting a moment for the turn, so the library's
 * loop goes on quietly and polls for real as soon as the turn is this process's.
 */
final class PollingTurnGate implements Interceptor {
  private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

  /** How long a poll without the turn waits for it before answering "no updates". */
  static final Duration WAIT = Duration.ofSeconds(1);

  private final PollingTurn turn;

  PollingTurnGate(PollingTurn turn) {
    this.turn = turn;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isGetUpdates(request) || turn.held()) {
      return chain.proceed(request);
    }
    try {
      // Even if the turn comes meanwhile, this request's offset was chosen without it: the
      // library builds the next one afresh.
      turn.await(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("stopped while waiting for the polling turn");
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(NO_UPDATES, MediaType.get("application/json")))
        .build();
  }

  private static boolean isGetUpdates(Request request) {
    return request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
  }
}
