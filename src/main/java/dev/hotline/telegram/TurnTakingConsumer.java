package dev.hotline.telegram;

import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands on only the updates this process took under its polling turn: none when the turn has just
 * passed to another process, and none another holder took before.
 */
final class TurnTakingConsumer implements LongPollingUpdateConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(TurnTakingConsumer.class);

  private final PollingTurn turn;
  private final LongPollingUpdateConsumer consumer;

  TurnTakingConsumer(PollingTurn turn, LongPollingUpdateConsumer consumer) {
    this.turn = turn;
    this.consumer = consumer;
  }

  @Override
  public void consume(List<Update> updates) {
    long highest = updates.stream().mapToLong(Update::getUpdateId).max().orElse(Long.MIN_VALUE);
    OptionalLong before = turn.take(highest);
    if (before.isEmpty()) {
      LOG.info(
          "Telegram: {} update(s) left to the process that polls now (this one lost its turn)",
          updates.size());
      return;
    }
    List<Update> ours =
        updates.stream().filter(update -> update.getUpdateId() > before.getAsLong()).toList();
    if (!ours.isEmpty()) {
      consumer.consume(ours);
    }
  }

  @Override
  public void close() {
    try {
      consumer.close();
    } catch (Exception e) {
      LOG.debug("closing the update consumer failed", e);
    }
  }
}
