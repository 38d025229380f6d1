package dev.hotline.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces out messages so Telegram's flood limits are not reached: about one message a second in a
 * chat, twenty a minute in a group, thirty a second overall, and nothing in a chat that Telegram
 * asked to wait ({@code retry_after}) until the wait is over.
 */
final class SendPacer {

  static final Duration CHAT_GAP = Duration.ofSeconds(1);
  static final Duration GROUP_WINDOW = Duration.ofMinutes(1);
  static final int GROUP_LIMIT = 20;
  static final Duration GLOBAL_WINDOW = Duration.ofSeconds(1);
  static final int GLOBAL_LIMIT = 30;

  /** Chats remembered before idle ones are forgotten; an idle chat has nothing left to pace. */
  private static final int FORGET_IDLE_ABOVE = 10_000;

  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> recentSends = new ArrayDeque<>();
  private final Map<Long, ChatPace> chats = new HashMap<>();

  SendPacer(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** What one chat has been sent lately. */
  private static final class ChatPace {
    private Instant last;
    private Instant heldUntil = Instant.MIN;
    private final Deque<Instant> recent = new ArrayDeque<>();
  }

  /** Waits until a message may go to {@code chatId} and takes that turn. */
  void awaitTurn(long chatId) throws InterruptedException {
    Duration wait = tryTake(chatId);
    while (!wait.isZero()) {
      sleeper.sleep(wait);
      wait = tryTake(chatId); // another sender may have taken the turn meanwhile
    }
  }

  /**
   * Takes a turn for {@code chatId} and returns zero, or returns how long to wait before trying
   * again.
   */
  synchronized Duration tryTake(long chatId) {
    Instant now = clock.instant();
    forgetOlderThan(recentSends, now.minus(GLOBAL_WINDOW));
    ChatPace chat = chats.computeIfAbsent(chatId, id -> new ChatPace());
    forgetOlderThan(chat.recent, now.minus(GROUP_WINDOW));

    Instant allowed = chat.heldUntil;
    if (chat.last != null) {
      allowed = later(allowed, chat.last.plus(CHAT_GAP));
    }
    if (TelegramPlaces.isGroup(chatId) && chat.recent.size() >= GROUP_LIMIT) {
      allowed = later(allowed, chat.recent.peekFirst().plus(GROUP_WINDOW));
    }
    if (recentSends.size() >= GLOBAL_LIMIT) {
      allowed = later(allowed, recentSends.peekFirst().plus(GLOBAL_WINDOW));
    }
    if (allowed.isAfter(now)) {
      return Duration.between(now, allowed);
    }
    chat.last = now;
    if (TelegramPlaces.isGroup(chatId)) {
      chat.recent.addLast(now);
    }
    recentSends.addLast(now);
    forgetIdleChats(now);
    return Duration.ZERO;
  }

  /** Telegram said to wait {@code wait} before the next message to {@code chatId}. */
  synchronized void holdOff(long chatId, Duration wait) {
    ChatPace chat = chats.computeIfAbsent(chatId, id -> new ChatPace());
    chat.heldUntil = later(chat.heldUntil, clock.instant().plus(wait));
  }

  private static void forgetOlderThan(Deque<Instant> sends, Instant cutoff) {
    while (!sends.isEmpty() && !sends.peekFirst().isAfter(cutoff)) {
      sends.removeFirst();
    }
  }

  private void forgetIdleChats(Instant now) {
    if (chats.size() <= FORGET_IDLE_ABOVE) {
      return;
    }
    Instant idleSince = now.minus(GROUP_WINDOW);
    chats
        .values()
        .removeIf(
            chat ->
                chat.last != null && chat.last.isBefore(idleSince) && chat.heldUntil.isBefore(now));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
