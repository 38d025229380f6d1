package dev.hotline.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Megabytes of article text processed, which JMH divides by the iteration's time and reports beside
 * ops/s: the line {@code :megabytesOfText} is MB/s of article text.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TextThroughput {
  /** Public because JMH reads AuxCounters fields; the unit it prints is "ops/s", meaning MB/s. */
  public double megabytesOfText;

  @Setup(Level.Iteration)
  public void reset() {
    megabytesOfText = 0;
  }

  void processed(long bytes) {
    megabytesOfText += bytes / 1e6;
  }
}
