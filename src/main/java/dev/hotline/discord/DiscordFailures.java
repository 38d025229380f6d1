package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatService;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when Discord refuses a request: errors nobody in the chat can fix are logged with
 * the guild and channel (never shown in chat), and a channel where the bot lost access is reported
 * to the chat layer as gone.
 */
final class DiscordFailures {
  private static final Logger log = LoggerFactory.getLogger(DiscordFailures.class);

  /** The bot may no longer read or post there: only a server admin can change that. */
  private static final Set<ErrorResponse> ACCESS_LOST =
      EnumSet.of(
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS,
          ErrorResponse.UNKNOWN_CHANNEL);

  /**
   * Expected now and then, and harmless: the interaction timed out, the message was deleted
   * meanwhile.
   */
  private static final Set<ErrorResponse> EXPIRED =
      EnumSet.of(
          ErrorResponse.UNKNOWN_INTERACTION,
          ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED,
          ErrorResponse.UNKNOWN_MESSAGE,
          ErrorResponse.UNKNOWN_WEBHOOK);

  private final ChatService chat;

  DiscordFailures(ChatService chat) {
    this.chat = chat;
  }

  /**
   * For a reply through an interaction: Discord's webhook works without channel rights, so no place
   * is gone.
   */
  Consumer<Throwable> interaction(ChatPlace place, String what) {
    return failure -> report(failure, place, what, false);
  }

  /** For a post to a channel: lost access there means Hotline can no longer speak in it. */
  Consumer<Throwable> channelPost(ChatPlace place, String what) {
    return failure -> report(failure, place, what, true);
  }

  /** For a direct message to a person, who may not accept them: nothing to fix, nothing gone. */
  Consumer<Throwable> directMessage(ChatPlace place, String what) {
    return failure -> {
      if (failure instanceof ErrorResponseException e
          && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
        log.info(
            "Could not {} for a user in guild {} channel {}: they accept no direct messages",
            what,
            guild(place),
            place.channelId());
        return;
      }
      report(failure, place, what, false);
    };
  }

  void report(Throwable failure, ChatPlace place, String what, boolean channelPost) {
    if (failure instanceof ErrorResponseException e) {
      ErrorResponse response = e.getErrorResponse();
      if (EXPIRED.contains(response)) {
        log.warn(
            "Discord refused to {} in guild {} channel {}: {} {} (too late, or already gone)",
            what,
            guild(place),
            place.channelId(),
            e.getErrorCode(),
            e.getMeaning());
        return;
      }
      log.warn(
          "Discord refused to {} in guild {} channel {}: {} {}",
          what,
          guild(place),
          place.channelId(),
          e.getErrorCode(),
          e.getMeaning());
      if (channelPost && ACCESS_LOST.contains(response)) {
        chat.placeGone(place, "Discord error " + e.getErrorCode() + ": " + e.getMeaning());
      }
      return;
    }
    if (failure instanceof PermissionException e) {
      // JDA knew from its cache that the request would be refused and did not send it.
      log.warn(
          "Hotline lacks the right to {} in guild {} channel {}: {}",
          what,
          guild(place),
          place.channelId(),
          e.getMessage());
      if (channelPost) {
        chat.placeGone(place, "missing permission: " + e.getMessage());
      }
      return;
    }
    log.error(
        "Could not {} in guild {} channel {}", what, guild(place), place.channelId(), failure);
  }

  private static String guild(ChatPlace place) {
    return place.direct() ? "(direct message)" : place.serverId();
  }
}
