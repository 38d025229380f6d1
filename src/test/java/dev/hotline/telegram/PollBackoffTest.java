package dev.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.Backoff;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollBackoffTest {
  @Test
  void waitsLongerAfterEachFailedPollUpToTheCapNeverGivesUpAndStartsOverAfterAGoodPoll() {
    PollBackoff backoff = new PollBackoff(Backoff.standard());
    assertThat(IntStream.range(0, 7).mapToLong(i -> backoff.nextBackOffMillis()))
        .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L);
    // The library's own back-off answers -1 ("stop") after a while and its poll loop then dies.
    assertThat(IntStream.range(0, 10_000).mapToLong(i -> backoff.nextBackOffMillis()))
        .allMatch(millis -> millis == 30_000L);
    backoff.reset();
    assertThat(backoff.nextBackOffMillis()).isEqualTo(1_000L);
  }
}
