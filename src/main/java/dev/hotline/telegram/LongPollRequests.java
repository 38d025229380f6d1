package dev.hotline.telegram;

import java.util.List;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/** Builds each {@code getUpdates} long poll from the last update id the library has seen. */
final class LongPollRequests implements Function<Integer, GetUpdates> {

  /**
   * Named explicitly because Telegram remembers the last list it was given, even one sent by an
   * older deployment; an omitted list would silently keep that one.
   */
  static final List<String> UPDATE_TYPES =
      List.of(
          "message",
          "edited_message",
          "callback_query",
          "inline_query",
          "my_chat_member",
          "poll_answer");

  private static final int MAX_UPDATES_PER_POLL = 100;

  private final int timeoutSeconds;

  LongPollRequests(int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public GetUpdates apply(Integer lastReceivedUpdateId) {
    // The offset confirms every update up to the last one received, so Telegram drops them.
    return GetUpdates.builder()
        .offset(lastReceivedUpdateId + 1)
        .limit(MAX_UPDATES_PER_POLL)
        .timeout(timeoutSeconds)
        .allowedUpdates(UPDATE_TYPES)
        .build();
  }
}
