package dev.hotline.telegram.fake;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the fake's own tests: a fresh fake Bot API and a raw HTTP client to it per test. */
abstract class OnRawBotApiTest {
  static final Duration WAIT = Duration.ofSeconds(5);

  FakeBotApi api;
  RawBotApiClient raw;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    raw = new RawBotApiClient(api);
  }

  @AfterEach
  void stop() {
    raw.close();
    api.close();
  }
}
