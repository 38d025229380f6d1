package dev.hotline.telegram.fake;

import java.util.Objects;

/**
 * Who the fake server says the bot is, and the only token it accepts.
 *
 * @param id the bot's user id (the token starts with it, as real tokens do)
 * @param username the bot's username without {@code @}
 * @param firstName the bot's display name
 * @param token the token the client must use
 */
public record FakeBotIdentity(long id, String username, String firstName, String token) {

  /** Requires all fields. */
  public FakeBotIdentity {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(token, "token");
  }

  /** A bot with the given username and a made-up id and token. */
  public static FakeBotIdentity named(String username) {
    long id = 7_000_000_001L;
    return new FakeBotIdentity(id, username, "Hotline", id + ":AAFakeTokenForTestsOnly_0123456789");
  }
}
