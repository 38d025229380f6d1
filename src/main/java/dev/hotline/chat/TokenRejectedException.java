package dev.hotline.chat;

/**
 * The platform refused the bot's credentials (HTTP 401, Discord's gateway close 4004): starting
 * again cannot help until an operator fixes the token. The message is one line without the token.
 */
public final class TokenRejectedException extends Exception {
  public TokenRejectedException(String message) {
    super(message);
  }
}
