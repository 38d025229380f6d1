package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.testing.Latches;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** A chat's updates are handled in order, one at a time; other chats do not wait for it. */
class UpdateConsumerTest {
  private static final long GROUP = -100_1;
  private static final long OTHER_GROUP = -100_2;

  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  @Test
  void aChatsLaterUpdatesWaitForItsEarlierOnesWhileOtherChatsGoOn() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CountDownLatch otherHandled = new CountDownLatch(1);
    List<Integer> handled = new CopyOnWriteArrayList<>();
    UpdateConsumer consumer =
        new UpdateConsumer(
            workers,
            update -> {
              if (update.getUpdateId() == 1) {
                firstStarted.countDown();
                Latches.awaitQuietly(releaseFirst, Duration.ofSeconds(10));
              }
              handled.add(update.getUpdateId());
              if (update.getUpdateId() == 3) {
                otherHandled.countDown();
              }
            });

    consumer.consume(List.of(message(1, GROUP), message(2, GROUP), message(3, OTHER_GROUP)));

    assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(otherHandled.await(10, TimeUnit.SECONDS)).as("another chat goes on").isTrue();
    assertThat(handled).as("the group's second update waits for its first").containsExactly(3);
    releaseFirst.countDown();
    consumer.consume(List.of(message(4, GROUP)));
    workers.shutdown();
    assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(handled).containsExactly(3, 1, 2, 4);
  }

  @Test
  void updatesWithoutAChatAreKeptApartByTheirNumber() {
    Update first = new Update();
    first.setUpdateId(7);
    Update second = new Update();
    second.setUpdateId(8);
    assertThat(UpdateConsumer.chatOf(first)).isNotEqualTo(UpdateConsumer.chatOf(second));
    assertThat(UpdateConsumer.chatOf(message(9, GROUP))).isEqualTo(GROUP);
  }

  private static Update message(int id, long chat) {
    Update update = new Update();
    update.setUpdateId(id);
    update.setMessage(Updates.message(chat, 42, "when was sputnik launched?"));
    return update;
  }
}
