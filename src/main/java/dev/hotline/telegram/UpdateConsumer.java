package dev.hotline.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from the library's single polling thread (or the webhook) and hands them to
 * Hotline's own workers at once, so a slow answer or a flood wait never delays the next poll.
 *
 * <p>A chat's updates are handled one after another, in the order Telegram numbered them: a
 * question typed right after Hotline was added back to a group, or right after a moderator's
 * command, must see what came before it. Different chats are handled side by side.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateConsumer.class);

  private final Executor workers;
  private final Consumer<Update> router;

  /** Each chat's updates not yet handled; a chat is here while a worker is handling them. */
  private final Map<Long, Queue<Update>> waiting = new HashMap<>();

  /**
   * An update consumer that hands each update to {@code router} (see {@link UpdateRouter#route}).
   */
  UpdateConsumer(Executor workers, Consumer<Update> router) {
    this.workers = workers;
    this.router = router;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      long chat = chatOf(update);
      boolean idle;
      synchronized (waiting) {
        Queue<Update> queue = waiting.get(chat);
        idle = queue == null;
        if (idle) {
          queue = new ArrayDeque<>();
          waiting.put(chat, queue);
        }
        queue.add(update);
      }
      if (idle) {
        try {
          workers.execute(() -> handleAll(chat));
        } catch (RejectedExecutionException e) {
          synchronized (waiting) {
            waiting.remove(chat);
          }
          LOG.debug("Update {} arrived while stopping; not handled", update.getUpdateId());
        }
      }
    }
  }

  /**
   * Called by the library when polling stops; the adapter owns the workers and lets them finish.
   */
  @Override
  public void close() {}

  /** Handles a chat's updates until none is waiting. */
  private void handleAll(long chat) {
    while (true) {
      Update next;
      synchronized (waiting) {
        next = waiting.get(chat).poll();
        if (next == null) {
          waiting.remove(chat);
          return;
        }
      }
      handle(next);
    }
  }

  private void handle(Update update) {
    try {
      router.accept(update);
    } catch (RuntimeException e) {
      LOG.error("Handling Telegram update {} failed", update.getUpdateId(), e);
    }
  }

  /** The chat an update belongs to, or for one without a chat, the user it comes from. */
  static long chatOf(Update update) {
    if (update.hasMessage()) {
      return update.getMessage().getChatId();
    }
    if (update.hasCallbackQuery()) {
      var query = update.getCallbackQuery();
      return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
    }
    if (update.getMyChatMember() != null) {
      return update.getMyChatMember().getChat().getId();
    }
    if (update.hasInlineQuery()) {
      return update.getInlineQuery().getFrom().getId();
    }
    if (update.hasPollAnswer() && update.getPollAnswer().getUser() != null) {
      return update.getPollAnswer().getUser().getId();
    }
    // Anything else has no chat to keep in order with: its own number keeps it apart.
    return Long.MIN_VALUE + update.getUpdateId();
  }
}
