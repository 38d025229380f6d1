package dev.hotline.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Collects what one class logs during a test, so the test can wait for an entry and look at it. */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger;
  private final List<ILoggingEvent> events = new ArrayList<>();

  private LogCapture(Class<?> source) {
    this.logger = (Logger) LoggerFactory.getLogger(source);
    setContext(logger.getLoggerContext());
    start();
    logger.addAppender(this);
  }

  static LogCapture of(Class<?> source) {
    return new LogCapture(source);
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    events.add(event);
    notifyAll();
  }

  synchronized List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  synchronized ILoggingEvent await(Predicate<ILoggingEvent> matcher, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (ILoggingEvent event : events) {
        if (matcher.test(event)) {
          return event;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "No matching log entry within "
                + timeout
                + "; got "
                + events.stream().map(ILoggingEvent::getFormattedMessage).toList());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    stop();
  }
}
