package dev.hotline.telegram.fake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Callback and inline query ids handed out in updates; each may be answered once, as on Telegram.
 */
final class OpenQueries {

  private final AtomicLong lastId = new AtomicLong(4_200_000_000_000_000_000L);
  private final Set<String> open = ConcurrentHashMap.newKeySet();

  String open() {
    String id = Long.toString(lastId.incrementAndGet());
    open.add(id);
    return id;
  }

  /** Closes the query, or fails the way Telegram does for an unknown or already answered id. */
  void answer(String id) {
    if (!open.remove(id)) {
      throw ApiFailure.badRequest(
              "query is too old and response timeout expired or query ID is invalid")
          .toException();
    }
  }
}
