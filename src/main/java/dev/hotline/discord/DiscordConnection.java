package dev.hotline.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/** Builds and starts the JDA client of the bot, against Discord or against configured endpoints. */
public final class DiscordConnection {

  private DiscordConnection() {}

  /**
   * The gateway intents the bot asks for: guild and direct messages, so that it sees messages that
   * mention it. None is privileged: without MESSAGE_CONTENT Discord still shows the bot the text of
   * messages that mention it and of DMs, and slash commands need no intent at all.
   */
  public static EnumSet<GatewayIntent> intents() {
    return EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
  }

  /**
   * The mentions every message of the bot allows: none. Edits do not carry JDA's global default, so
   * whoever edits a message must pass this to {@code setAllowedMentions} too.
   */
  public static EnumSet<Message.MentionType> noMentions() {
    return EnumSet.noneOf(Message.MentionType.class);
  }

  /** Builds a JDA that logs in and starts connecting; await {@link JDA#awaitReady()} before use. */
  public static JDA start(
      String token, DiscordEndpoints endpoints, List<? extends EventListener> listeners) {
    return builder(token, endpoints, listeners).build();
  }

  /** The configured builder behind {@link #start}, for callers that add settings of their own. */
  public static JDABuilder builder(
      String token, DiscordEndpoints endpoints, List<? extends EventListener> listeners) {
    return builder(token, endpoints, listeners, failure -> {});
  }

  /**
   * A shard manager for the shards {@code sharding} gives this process, configured as {@link
   * #builder} configures a single client; {@code build()} logs the first shard in and queues the
   * others, which Discord lets connect one every five seconds.
   */
  static DefaultShardManagerBuilder shardManager(
      String token,
      DiscordEndpoints endpoints,
      DiscordSharding sharding,
      List<? extends EventListener> listeners,
      Consumer<RuntimeException> connectFailed) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(sharding, "sharding");
    MessageRequest.setDefaultMentions(noMentions());
    MessageRequest.setDefaultMentionRepliedUser(false);
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(token, intents())
            .addEventListeners(listeners.toArray())
            // serve closes the adapter itself, letting replies in flight finish first.
            .setEnableShutdownHook(false)
            .setSessionController(
                new WatchedSessionController(
                    endpoints.gatewayUrl(), sharding.auto(), connectFailed));
    endpoints
        .restBaseUrl()
        .ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    if (sharding.auto()) {
      builder.setShardsTotal(-1); // JDA asks the gateway how many it recommends
    } else {
      builder.setShardsTotal(sharding.total()).setShards(sharding.from(), sharding.to());
    }
    return builder;
  }

  /**
   * As {@link #builder(String, DiscordEndpoints, List)}, telling {@code connectFailed} about each
   * failed first connection to the gateway.
   */
  static JDABuilder builder(
      String token,
      DiscordEndpoints endpoints,
      List<? extends EventListener> listeners,
      Consumer<RuntimeException> connectFailed) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(listeners, "listeners");
    // JDA keeps this default in a static field: the bot must never ping anyone, whatever a question
    // holds.
    MessageRequest.setDefaultMentions(noMentions());
    MessageRequest.setDefaultMentionRepliedUser(false);

    // The light profile caches no members or presences: the bot answers from the event alone.
    JDABuilder builder =
        JDABuilder.createLight(token, intents()).addEventListeners(listeners.toArray());
    endpoints
        .restBaseUrl()
        .ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    builder.setSessionController(
        new WatchedSessionController(endpoints.gatewayUrl(), false, connectFailed));
    return builder;
  }
}
