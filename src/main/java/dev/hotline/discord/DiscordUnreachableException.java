package dev.hotline.discord;

import net.dv8tion.jda.api.exceptions.ContextException;

/** Discord's REST API or gateway did not answer; starting again later may succeed. */
public final class DiscordUnreachableException extends Exception {
  DiscordUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The innermost message of a JDA failure: JDA appends a message-less {@code ContextException}
   * (where the request was made) as the last cause, which is no reason at all.
   */
  static String rootReason(Throwable failure) {
    String reason = failure.getClass().getSimpleName();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !(cause instanceof ContextException)) {
        reason = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return reason.lines().findFirst().orElse(reason);
  }
}
