package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ConnectionObserver;
import dev.hotline.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Two connections serving one bot take turns polling: only the holder's polls reach the Bot API,
 * and a new holder goes on after the last update taken, so none is handled twice.
 */
class PollingTurnsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Turns handed over by the test, with the mark kept as the shared database keeps it. */
  private static final class HandedTurns {
    private volatile int holder;
    private long mark; // guarded by this

    PollingTurn of(int me) {
      return new PollingTurn() {
        @Override
        public boolean held() {
          return holder == me;
        }

        @Override
        public boolean await(Duration wait) throws InterruptedException {
          long deadline = System.nanoTime() + wait.toNanos();
          while (holder != me && System.nanoTime() < deadline) {
            Thread.sleep(10);
          }
          return holder == me;
        }

        @Override
        public long nextOffset(long libraryOffset) {
          synchronized (HandedTurns.this) {
            return Math.max(libraryOffset, mark + 1);
          }
        }

        @Override
        public OptionalLong take(long highestUpdateId) {
          synchronized (HandedTurns.this) {
            if (holder != me) {
              return OptionalLong.empty();
            }
            long before = mark;
            mark = Math.max(mark, highestUpdateId);
            return OptionalLong.of(before);
          }
        }
      };
    }
  }

  @Test
  void onlyTheHolderPollsAndTheNextGoesOnAfterTheLastUpdateTaken() throws Exception {
    HandedTurns turns = new HandedTurns();
    turns.holder = 1;
    RecordingConsumer first = new RecordingConsumer();
    RecordingConsumer second = new RecordingConsumer();
    try (FakeBotApi api = FakeBotApi.start()) {
      TelegramConnectionSettings settings =
          TelegramConnectionSettings.of(api.bot().token(), TelegramApiUrl.parse(api.baseUrl()))
              .withPollTimeout(Duration.ofSeconds(1));
      try (TelegramConnection one =
              TelegramConnection.open(settings, ConnectionObserver.NONE, turns.of(1), c -> first);
          TelegramConnection two =
              TelegramConnection.open(
                  settings, ConnectionObserver.NONE, turns.of(2), c -> second)) {
        for (int i = 1; i <= 3; i++) {
          api.queuePrivateMessage(100 + i, "question " + i);
        }
        List<String> firstGot = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          firstGot.add(first.next(WAIT).getMessage().getText());
        }

        turns.holder = 2;
        for (int i = 4; i <= 5; i++) {
          api.queuePrivateMessage(100 + i, "question " + i);
        }
        List<String> secondGot = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          secondGot.add(second.next(WAIT).getMessage().getText());
        }

        assertThat(firstGot).containsExactly("question 1", "question 2", "question 3");
        assertThat(secondGot).containsExactly("question 4", "question 5");
        // The holder confirms what it took with its next poll's offset.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.unconfirmedUpdates() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(api.unconfirmedUpdates()).isZero();
      }
    }
  }

  @Test
  void updatesAnotherHolderTookAreNotHandedOnAndNoneAfterTheTurnIsLost() {
    HandedTurns turns = new HandedTurns();
    turns.holder = 1;
    turns.of(1).take(2);
    List<Integer> handed = new ArrayList<>();
    LongPollingUpdateConsumer handler =
        updates -> updates.forEach(u -> handed.add(u.getUpdateId()));

    new TurnTakingConsumer(turns.of(1), handler).consume(updates(1, 2, 3, 4));
    assertThat(handed).containsExactly(3, 4);

    turns.holder = 2;
    new TurnTakingConsumer(turns.of(1), handler).consume(updates(5, 6));
    assertThat(handed).as("the turn passed on").containsExactly(3, 4);
    assertThat(turns.of(2).nextOffset(1)).isEqualTo(5);
  }

  private static List<Update> updates(int... ids) {
    List<Update> updates = new ArrayList<>();
    for (int id : ids) {
      Update update = new Update();
      update.setUpdateId(id);
      updates.add(update);
    }
    return updates;
  }
}
