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
  private final PollingTurn turn;

  LongPollRequests(int timeoutSeconds) {
    this(timeoutSeconds, PollingTurn.ALWAYS);
  }

  /**
   * @param turn past which update to ask, when processes take turns polling one bot
   */
  LongPollRequests(int timeoutSeconds, PollingTurn turn) {
    this.timeoutSeconds = timeoutSeconds;
    this.turn = turn;
  }

  @Override
  public GetUpdates apply(Integer lastReceivedUpdateId) {
    // The offset confirms every update up to the last one received, so Telegram drops them.
    return GetUpdates.builder()
        .offset(Math.toIntExact(turn.nextOffset(lastReceivedUpdateId + 1L)))
        .limit(MAX_UPDATES_PER_POLL)
        .timeout(timeoutSeconds)
        .allowedUpdates(UPDATE_TYPES)
        .build();
  }
}
