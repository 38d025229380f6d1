package dev.hotline.app;

import dev.hotline.chat.Backoff;
import java.time.Duration;

/**
 * How {@code hotline serve} waits on platforms.
 *
 * @param backoff between attempts to reach a platform that cannot be reached
 * @param downAfter how long an adapter may fail to reach its platform before {@code /health} says
 *     it is down
 * @param discordConnectTimeout how long one start waits for Discord's gateway
 */
record ServeTimings(Backoff backoff, Duration downAfter, Duration discordConnectTimeout) {
  /** Down after 20 s without the platform; Discord's gateway given 30 s per start. */
  static ServeTimings standard() {
    return new ServeTimings(Backoff.standard(), Duration.ofSeconds(20), Duration.ofSeconds(30));
  }
}
