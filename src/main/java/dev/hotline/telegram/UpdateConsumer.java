package dev.hotline.telegram;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from the library's single polling thread and hands each to Hotline's own workers at
 * once, so a slow answer or a flood wait never delays the next poll.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateConsumer.class);

  private final Executor workers;
  private final UpdateRouter router;

  UpdateConsumer(Executor workers, UpdateRouter router) {
    this.workers = workers;
    this.router = router;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        workers.execute(() -> handle(update));
      } catch (RejectedExecutionException e) {
        LOG.debug("Update {} arrived while stopping; not handled", update.getUpdateId());
      }
    }
  }

  /**
   * Called by the library when polling stops; the adapter owns the workers and lets them finish.
   */
  @Override
  public void close() {}

  private void handle(Update update) {
    try {
      router.route(update);
    } catch (RuntimeException e) {
      LOG.error("Handling Telegram update {} failed", update.getUpdateId(), e);
    }
  }
}
