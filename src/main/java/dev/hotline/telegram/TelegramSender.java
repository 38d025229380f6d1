package dev.hotline.telegram;

import dev.hotline.daily.PostOutcome;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to the Bot API: messages are paced per chat and overall, a 429 is retried after
 * its {@code retry_after}, a 403 marks the chat gone, and a migrated group is followed to its
 * supergroup. Failures are logged and end as "nothing sent", never as an exception.
 */
final class TelegramSender {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);

  static final int MAX_ATTEMPTS = 3;

  /** Longer flood waits mean a ban-like limit; waiting that long would hold a reply for nothing. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);

  /** How long a daily post waits after Telegram failed or could not be reached. */
  static final Duration RETRY_UNAVAILABLE = Duration.ofSeconds(30);

  private final TelegramClient client;
  private final SendPacer pacer;
  private final Sleeper sleeper;
  private final ChatRegistry chats;
  private final String token;

  TelegramSender(
      TelegramClient client, SendPacer pacer, Sleeper sleeper, ChatRegistry chats, String token) {
    this.client = client;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.chats = chats;
    this.token = token;
  }

  /**
   * Sends a message, to the supergroup if its group has migrated; empty if it could not be sent.
   */
  Optional<Message> send(SendMessage message) {
    return execute(message, Long.parseLong(message.getChatId()), message::setChatId);
  }

  /** Sends a poll, to the supergroup if its group has migrated; empty if it could not be sent. */
  Optional<Message> send(SendPoll poll) {
    return execute(poll, Long.parseLong(poll.getChatId()), poll::setChatId);
  }

  /** Edits a message in a chat, or one sent inline; whether it worked. */
  boolean edit(EditMessageText edit) {
    if (edit.getInlineMessageId() != null) {
      return execute(edit, null, null).isPresent();
    }
    // A migrated group's messages stay behind in the old group, so an edit is not redirected.
    return execute(edit, Long.parseLong(edit.getChatId()), null).isPresent();
  }

  /**
   * Sends a daily post: paced, and followed to the supergroup if its group migrated, but a flood
   * wait or an outage is not waited out here: the scheduler retries later, and its thread is not
   * held. Telegram has no idempotency key, so nothing is retried that may have been posted; a
   * failure that cannot tell (a timeout after the request went out) is thrown and not tried again.
   */
  PostOutcome post(SendMessage message) {
    return post(message, message.getChatId(), message::setChatId).outcome();
  }

  /** A daily post's outcome, and the message Telegram made of it when it was sent. */
  record Posted(PostOutcome outcome, Optional<Message> message) {}

  /** {@link #post(SendMessage)} for a daily quiz poll, with the message that carries the poll. */
  Posted post(SendPoll poll) {
    return post(poll, poll.getChatId(), poll::setChatId);
  }

  private Posted post(BotApiMethod<Message> message, String chatId, LongConsumer retarget) {
    long chat = Long.parseLong(chatId);
    try {
      for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        long current = chats.current(chat);
        if (current != chat) {
          retarget.accept(current);
          chat = current;
        }
        if (!chats.mayPost(chat)) {
          return notSent(PostOutcome.gone("Hotline was blocked or removed in this chat"));
        }
        pacer.awaitTurn(chat);
        try {
          return new Posted(PostOutcome.sent(), Optional.ofNullable(client.execute(message)));
        } catch (TelegramApiRequestException e) {
          ResponseParameters parameters = e.getParameters();
          if (parameters != null && parameters.getMigrateToChatId() != null) {
            // The chat layer moves the subscription with it (same id); the post follows at once.
            chats.moved(chat, parameters.getMigrateToChatId());
            continue;
          }
          return notSent(refused(chat, e));
        } catch (TelegramApiException e) {
          return notSent(unreachable(e));
        }
      }
      return notSent(PostOutcome.retryLater(RETRY_UNAVAILABLE, "the group kept moving"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down before the request went out
      return notSent(PostOutcome.retryLater(RETRY_UNAVAILABLE, "Hotline was stopping"));
    }
  }

  private static Posted notSent(PostOutcome outcome) {
    return new Posted(outcome, Optional.empty());
  }

  private PostOutcome refused(long chat, TelegramApiRequestException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String description = String.valueOf(e.getApiResponse());
    ResponseParameters parameters = e.getParameters();
    if (code == 429) {
      Duration wait =
          Duration.ofSeconds(
              parameters == null || parameters.getRetryAfter() == null
                  ? 1
                  : Math.max(1, parameters.getRetryAfter()));
      pacer.holdOff(chat, wait); // replies to this chat wait too
      return PostOutcome.retryLater(wait, "Telegram's flood control: " + description);
    }
    if (code == 403) {
      chats.gone(chat, description);
      return PostOutcome.gone(description);
    }
    if (code == 400 && description.toLowerCase(Locale.ROOT).contains("chat not found")) {
      return PostOutcome.gone(description);
    }
    if (code >= 500) {
      // The Bot API answered that it failed, so it did not post.
      return PostOutcome.retryLater(RETRY_UNAVAILABLE, "Telegram " + code + ": " + description);
    }
    // Anything else (a message Telegram cannot take, an unreadable answer) would fail again the
    // same way.
    throw new IllegalStateException("Telegram refused the daily post: " + code + " " + description);
  }

  private PostOutcome unreachable(TelegramApiException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        // No connection was made, so the request never reached Telegram.
        return PostOutcome.retryLater(RETRY_UNAVAILABLE, "Telegram unreachable: " + redacted(e));
      }
    }
    throw new IllegalStateException(
        "Telegram may or may not have taken the daily post: " + redacted(e));
  }

  /** A call outside any chat's pace (query answers, look-ups), still retried after a 429. */
  <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
    return execute(method, null, null);
  }

  private <T extends Serializable> Optional<T> execute(
      BotApiMethod<T> method, Long chatId, LongConsumer retarget) {
    Long chat = chatId;
    try {
      for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (chat != null) {
          long current = chats.current(chat);
          if (current != chat) {
            if (retarget == null) {
              return Optional.empty();
            }
            retarget.accept(current);
            chat = current;
          }
          if (!chats.mayPost(chat)) {
            LOG.debug(
                "Not calling {} in chat {}: Hotline was blocked or removed there",
                method.getMethod(),
                chat);
            return Optional.empty();
          }
          pacer.awaitTurn(chat);
        }
        try {
          return Optional.ofNullable(client.execute(method));
        } catch (TelegramApiRequestException e) {
          if (!retryAfterRefusal(method, chat, e, attempt)) {
            return Optional.empty();
          }
        } catch (TelegramApiException e) {
          LOG.warn("Calling {} failed: {}", method.getMethod(), redacted(e));
          return Optional.empty();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down: the reply is dropped
    }
    return Optional.empty();
  }

  /** Deals with Telegram's refusal and says whether to try again. */
  private boolean retryAfterRefusal(
      BotApiMethod<?> method, Long chat, TelegramApiRequestException e, int attempt)
      throws InterruptedException {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    ResponseParameters parameters = e.getParameters();
    if (code == 429) {
      Duration wait =
          Duration.ofSeconds(
              parameters == null || parameters.getRetryAfter() == null
                  ? 1
                  : Math.max(1, parameters.getRetryAfter()));
      if (attempt == MAX_ATTEMPTS || wait.compareTo(LONGEST_RETRY_AFTER) > 0) {
        LOG.warn(
            "Giving up {}: Telegram's flood control asked to wait {}", method.getMethod(), wait);
        return false;
      }
      LOG.info("Telegram's flood control on {}: retrying in {}", method.getMethod(), wait);
      if (chat != null) {
        pacer.holdOff(chat, wait); // the next turn in this chat waits, for every sender
      } else {
        sleeper.sleep(wait);
      }
      return true;
    }
    if (chat != null && parameters != null && parameters.getMigrateToChatId() != null) {
      chats.moved(chat, parameters.getMigrateToChatId());
      return true; // a send is redirected on the next attempt; anything else stops there
    }
    if (chat != null && code == 403) {
      chats.gone(chat, e.getApiResponse());
      return false;
    }
    if (String.valueOf(e.getApiResponse()).contains("message is not modified")) {
      LOG.debug("{}: the message already shows this", method.getMethod());
      return false;
    }
    LOG.warn("Telegram refused {}: {} {}", method.getMethod(), code, e.getApiResponse());
    return false;
  }

  // Exceptions from the HTTP layer can quote the request URL, and the URL holds the token.
  private String redacted(Exception e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" <- ")
          .append(cause.getClass().getSimpleName())
          .append(": ")
          .append(cause.getMessage());
    }
    return text.toString().replace(token, "<token>");
  }
}
