package dev.hotline.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that moves a manual clock instead of waiting, and remembers every wait asked for. */
final class ClockSleeper implements Sleeper {

  private final ManualClock clock;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  ClockSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
