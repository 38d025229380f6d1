package dev.hotline.discord;

import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import dev.hotline.daily.DayPoster;
import dev.hotline.daily.PostOutcome;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the daily day card (or, for {@link DiscordQuizPoster}, the daily quiz) to a server channel,
 * and tells the scheduler whether Discord took it.
 */
final class DiscordDayPoster implements DayPoster {
  private static final Logger log = LoggerFactory.getLogger(DiscordDayPoster.class);

  /**
   * Longer than JDA's own retries of a 5xx take; the scheduler's thread does nothing else
   * meanwhile.
   */
  static final Duration POST_TIMEOUT = Duration.ofSeconds(60);

  /**
   * When Hotline is not connected (starting, reconnecting, a guild outage): soon, but not in a
   * loop.
   */
  static final Duration NOT_CONNECTED_RETRY = Duration.ofMinutes(1);

  /** After a 5xx that JDA already retried a few times. */
  static final Duration SERVER_ERROR_RETRY = Duration.ofMinutes(2);

  /**
   * Only a server admin can fix these: the subscription stops, with the reason for /daily status.
   */
  private static final Set<ErrorResponse> GONE =
      EnumSet.of(
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.UNKNOWN_GUILD,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS);

  private final Supplier<ShardManager> client;
  private final DiscordRenderer renderer;
  private final RestDayPoster rest;

  /**
   * @param client the shards of this process once connected, or null while the adapter is not
   * @param rest posts to a server whose shard another process runs (taking over its post)
   */
  DiscordDayPoster(Supplier<ShardManager> client, DiscordRenderer renderer, RestDayPoster rest) {
    this.client = client;
    this.renderer = renderer;
    this.rest = rest;
  }

  /**
   * A post's outcome, and the message Discord made of it when it took it (or, for a nonce it had
   * seen, the message it made the first time).
   */
  record Posted(PostOutcome outcome, Optional<PostedMessage> message) {
    static Posted not(PostOutcome outcome) {
      return new Posted(outcome, Optional.empty());
    }
  }

  /** Where a posted message is, and the custom ids of its buttons (a quiz's name its round). */
  record PostedMessage(String channelId, String messageId, List<String> buttonIds) {
    static PostedMessage of(Message message) {
      return new PostedMessage(
          message.getChannelId(),
          message.getId(),
          message.getComponentTree().findAll(Button.class).stream()
              .map(Button::getCustomId)
              .filter(Objects::nonNull)
              .toList());
    }
  }

  @Override
  public PostOutcome post(ChatPlace place, DayCard card, String idempotencyKey) {
    return post(place, new ChatReply.DayReply(card, false), idempotencyKey).outcome();
  }

  /** Posts any reply as a daily post would be: to a server channel, with the key as its nonce. */
  Posted post(ChatPlace place, ChatReply reply, String idempotencyKey) {
    ShardManager shards = client.get();
    if (shards == null) {
      return Posted.not(PostOutcome.retryLater(NOT_CONNECTED_RETRY, "not connected to Discord"));
    }
    if (place.direct()) {
      // /daily is a server command; a direct chat has no channel Hotline can find again after a
      // restart.
      return Posted.not(PostOutcome.gone("daily posts on Discord go to server channels only"));
    }
    long guildId;
    try {
      guildId = Long.parseUnsignedLong(place.serverId());
    } catch (NumberFormatException e) {
      return Posted.not(PostOutcome.gone("not a Discord server: " + place.serverId()));
    }
    JDA jda = shards.getShardById(MiscUtil.getShardForGuild(guildId, shards.getShardsTotal()));
    if (jda == null) {
      // Another process runs this server's shard and is down: post over REST, which needs no
      // gateway connection to the server.
      return rest.post(shards.getShards().get(0).getHttpClient(), place, reply, idempotencyKey);
    }
    if (jda.getStatus() != JDA.Status.CONNECTED) {
      return Posted.not(PostOutcome.retryLater(NOT_CONNECTED_RETRY, "not connected to Discord"));
    }
    if (jda.isUnavailable(guildId)) {
      return Posted.not(
          PostOutcome.retryLater(
              NOT_CONNECTED_RETRY, "the server is unavailable on Discord's side"));
    }
    Guild guild = jda.getGuildById(guildId);
    if (guild == null) {
      return Posted.not(PostOutcome.gone("Hotline is no longer in this server"));
    }
    GuildMessageChannel channel =
        guild.getChannelById(GuildMessageChannel.class, place.channelId());
    if (channel == null) {
      return Posted.not(PostOutcome.gone("the channel was deleted or is not a text channel"));
    }
    try {
      return send(channel, reply, idempotencyKey);
    } catch (PermissionException e) {
      // JDA knew from its cache that Discord would refuse, and sent nothing.
      return Posted.not(PostOutcome.gone("missing permission: " + e.getMessage()));
    }
  }

  private Posted send(GuildMessageChannel channel, ChatReply reply, String key) {
    boolean embeds =
        channel.getGuild().getSelfMember().hasPermission(channel, Permission.MESSAGE_EMBED_LINKS);
    // No asker: a daily post gets no "Delete" button that only one person could use.
    DiscordMessage message =
        embeds ? renderer.render(reply, null, false) : renderer.renderPlain(reply, null, false);
    // JDA always sends enforce_nonce: true with a message (MessageCreateActionImpl), so the key
    // as nonce makes Discord return the earlier message instead of posting a second one.
    MessageCreateAction action =
        channel
            .sendMessage(message.toCreateData())
            .setNonce(key)
            .setAllowedMentions(DiscordConnection.noMentions());
    // shouldQueue false: a 429 comes back as RateLimitedException (surely not posted) for the
    // scheduler to pace, instead of JDA holding the post in its queue for who knows how long.
    CompletableFuture<Message> sent = action.submit(false);
    try {
      Message posted = sent.get(POST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return new Posted(PostOutcome.sent(), Optional.ofNullable(posted).map(PostedMessage::of));
    } catch (ExecutionException e) {
      return Posted.not(failed(e.getCause(), channel, key));
    } catch (TimeoutException e) {
      sent.cancel(false);
      // It may have reached Discord: the scheduler records a failure and does not try again.
      throw new IllegalStateException(
          "Discord did not answer daily post " + key + " within " + POST_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending daily post " + key, e);
    }
  }

  private static PostOutcome failed(Throwable failure, GuildMessageChannel channel, String key) {
    if (failure instanceof RateLimitedException limited) {
      return PostOutcome.retryLater(
          Duration.ofMillis(limited.getRetryAfter()), "rate limited by Discord");
    }
    if (failure instanceof PermissionException e) {
      return PostOutcome.gone("missing permission: " + e.getMessage());
    }
    if (failure instanceof ErrorResponseException e) {
      log.warn(
          "Discord refused daily post {} in guild {} channel {}: {} {}",
          key,
          channel.getGuild().getId(),
          channel.getId(),
          e.getErrorCode(),
          e.getMeaning());
      if (GONE.contains(e.getErrorResponse())) {
        return PostOutcome.gone("Discord error " + e.getErrorCode() + ": " + e.getMeaning());
      }
      int status = e.getResponse() == null ? 0 : e.getResponse().code;
      if (status == 429) {
        return PostOutcome.retryLater(Duration.ofSeconds(1), "rate limited by Discord");
      }
      if (status >= 500) {
        // With the nonce enforced, a retry cannot double a post Discord took before failing.
        return PostOutcome.retryLater(SERVER_ERROR_RETRY, "Discord error HTTP " + status);
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw new IllegalStateException("Daily post " + key + " failed", failure);
  }
}
