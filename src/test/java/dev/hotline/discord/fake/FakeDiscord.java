package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;

/**
 * A fake Discord on 127.0.0.1: a v10 gateway and REST API that the real JDA client connects to,
 * which dispatches events on a test's request and records every REST call the client makes.
 */
public final class FakeDiscord implements AutoCloseable {
  private static final String API_PREFIX = "/api/v10";
  private static final String GATEWAY_PATH = "/gateway";

  /** How long a dispatch waits for the client to have identified. */
  private static final Duration IDENTIFY_WAIT = Duration.ofSeconds(5);

  private final MockWebServer server;
  private final FakeDiscordSetup setup;
  private final String restUrl;
  private final String gatewayUrl;
  private final SnowflakeSource ids;
  private final EventJson events;
  private final MessageStore messages;
  private final CommandStore commands;
  private final InteractionRegistry interactions = new InteractionRegistry();
  private final RateLimitRules rateLimits;
  private final FailureRules failures;
  private final Gateway gateway;
  private final AwaitableLog<RestCall> calls = new AwaitableLog<>("REST call");

  private FakeDiscord(MockWebServer server, FakeDiscordSetup setup, Clock clock) {
    this.server = server;
    this.setup = setup;
    String origin = "127.0.0.1:" + server.getPort();
    this.restUrl = "http://" + origin + API_PREFIX + "/";
    this.gatewayUrl = "ws://" + origin + GATEWAY_PATH;
    ObjectMapper mapper = new ObjectMapper();
    JsonNodeFactory json = mapper.getNodeFactory();
    this.ids = new SnowflakeSource(clock);
    EntityJson entities = new EntityJson(json, setup, OffsetDateTime.now(clock).toString());
    this.events = new EventJson(entities, setup, clock);
    this.messages =
        new MessageStore(
            events,
            new MentionResolver(entities, setup),
            ids,
            setup,
            json,
            "http://" + origin + "/attachments/");
    this.commands = new CommandStore(json, ids, Long.toUnsignedString(setup.applicationId()));
    this.rateLimits = new RateLimitRules(mapper, clock);
    this.failures = new FailureRules(mapper);
    this.gateway = new Gateway(mapper, entities, setup, ids, gatewayUrl);
    DiscordRestApi api =
        new DiscordRestApi(
            mapper,
            setup,
            entities,
            messages,
            commands,
            interactions,
            rateLimits,
            failures,
            clock,
            gatewayUrl);
    server.setDispatcher(
        new FakeDiscordDispatcher(
            mapper, GATEWAY_PATH, gateway, new RestCallParser(mapper, API_PREFIX), api, calls));
  }

  /** Starts the fake with the standard guild on a free port of 127.0.0.1. */
  public static FakeDiscord start() {
    return start(FakeDiscordSetup.defaults());
  }

  public static FakeDiscord start(FakeDiscordSetup setup) {
    return start(setup, 0);
  }

  /**
   * Starts the fake on a given port of 127.0.0.1, e.g. one a client was pointed at while nothing
   * listened there, to play Discord coming back.
   */
  public static FakeDiscord start(FakeDiscordSetup setup, int port) {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the fake Discord", e);
    }
    return new FakeDiscord(server, setup, Clock.systemUTC());
  }

  /** The REST base URL, e.g. {@code http://127.0.0.1:41234/api/v10/}. */
  public String restUrl() {
    return restUrl;
  }

  /** The gateway URL, e.g. {@code ws://127.0.0.1:41234/gateway}. */
  public String gatewayUrl() {
    return gatewayUrl;
  }

  public FakeDiscordSetup setup() {
    return setup;
  }

  public String token() {
    return setup.token();
  }

  public FakeUser bot() {
    return setup.bot();
  }

  public FakeGuild guild() {
    return setup.guild();
  }

  // --- events to the client ---

  /** A person runs {@code /command} with these options in the guild's text channel. */
  public DispatchedInteraction dispatchSlashCommand(
      FakeUser user, String command, CommandOption... options) {
    IssuedInteraction issued = issue(IssuedInteraction.COMMAND, user, 0);
    dispatch(
        "INTERACTION_CREATE",
        events.slashCommand(issued, commandId(command), command, List.of(options)));
    return issued.reference();
  }

  /**
   * A person types into the focused option of {@code /command}; the bot should answer with choices.
   */
  public DispatchedInteraction dispatchAutocomplete(
      FakeUser user, String command, CommandOption focused, CommandOption... others) {
    IssuedInteraction issued = issue(IssuedInteraction.AUTOCOMPLETE, user, 0);
    dispatch(
        "INTERACTION_CREATE",
        events.autocomplete(issued, commandId(command), command, focused, List.of(others)));
    return issued.reference();
  }

  /** A person runs {@code /command} in their direct messages with the bot. */
  public DispatchedInteraction dispatchDirectSlashCommand(
      FakeUser user, String command, CommandOption... options) {
    IssuedInteraction issued = issue(IssuedInteraction.COMMAND, user, 0, setup.directChannelId());
    dispatch(
        "INTERACTION_CREATE",
        events.slashCommand(issued, commandId(command), command, List.of(options)));
    return issued.reference();
  }

  /** A person clicks a button on a message the bot sent them in their direct messages. */
  public DispatchedInteraction dispatchDirectButtonClick(
      FakeUser user, String customId, String messageId) {
    JsonNode message =
        messages
            .find(messageId)
            .orElseThrow(
                () -> new IllegalArgumentException("The fake knows no message " + messageId));
    IssuedInteraction issued =
        issue(
            IssuedInteraction.COMPONENT, user, message.get("id").asLong(), setup.directChannelId());
    dispatch("INTERACTION_CREATE", events.buttonClick(issued, customId, message));
    return issued.reference();
  }

  /** A person clicks a button on a message the bot posted earlier through this fake. */
  public DispatchedInteraction dispatchButtonClick(
      FakeUser user, String customId, String messageId) {
    JsonNode message =
        messages
            .find(messageId)
            .orElseThrow(
                () -> new IllegalArgumentException("The fake knows no message " + messageId));
    return clickOn(user, customId, message);
  }

  /**
   * A person clicks a button on a bot message the fake makes up for the occasion, with that one
   * button.
   */
  public DispatchedInteraction dispatchButtonClick(FakeUser user, String customId) {
    ObjectNode message =
        events.botMessageWithButton(ids.nextString(), "Earlier answer", customId, "More");
    messages.remember(message);
    return clickOn(user, customId, message);
  }

  private DispatchedInteraction clickOn(FakeUser user, String customId, JsonNode message) {
    IssuedInteraction issued = issue(IssuedInteraction.COMPONENT, user, message.get("id").asLong());
    dispatch("INTERACTION_CREATE", events.buttonClick(issued, customId, message));
    return issued.reference();
  }

  /** A person writes {@code @bot text} in the guild's text channel; returns the message id. */
  public String dispatchGuildMention(FakeUser author, String text) {
    ObjectNode message = events.guildMention(ids.nextString(), author, text);
    messages.remember(message);
    dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /**
   * A person writes {@code @bot text} in {@code guild}'s text channel, dispatched on the shard that
   * serves the guild; returns the message id.
   */
  public String dispatchGuildMention(FakeGuild guild, FakeUser author, String text) {
    ObjectNode message = events.guildMention(ids.nextString(), guild, author, text);
    messages.remember(message);
    gateway.dispatch("MESSAGE_CREATE", message, guild, IDENTIFY_WAIT);
    return message.get("id").asText();
  }

  /** The shards whose sessions have identified and are connected now, e.g. {@code [0, 1]}. */
  public List<Integer> connectedShards() {
    return gateway.connectedShards();
  }

  /** The messages the bot has posted in a channel, oldest first (its own, after nonce checks). */
  public List<JsonNode> botMessagesIn(long channelId) {
    return messages.postedIn(channelId).stream().map(JsonNode.class::cast).toList();
  }

  /** A person writes to the bot in its DM channel; returns the message id. */
  public String dispatchDirectMessage(FakeUser author, String text) {
    ObjectNode message = events.directMessage(ids.nextString(), author, text);
    messages.remember(message);
    dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /** Any dispatch event, for what the helpers above do not cover. */
  public void dispatch(String type, JsonNode data) {
    gateway.dispatch(type, data, IDENTIFY_WAIT);
  }

  /**
   * Drops the client's gateway connection with a close code, e.g. 4000 (reconnect) or 4004 (bad
   * token).
   */
  public void disconnectGateway(int closeCode, String reason) {
    gateway.disconnect(closeCode, reason, IDENTIFY_WAIT);
  }

  /** The first payload the client sent on the gateway that matches, e.g. its IDENTIFY (op 2). */
  public JsonNode awaitGatewayPayload(Predicate<JsonNode> matcher, Duration timeout) {
    return gateway.awaitReceived(matcher, timeout);
  }

  public List<JsonNode> gatewayPayloads() {
    return gateway.received();
  }

  // --- REST from the client ---

  /**
   * The first REST call, made or to come, that matches; fails with the calls seen if none comes in
   * time.
   */
  public RestCall awaitRequest(Predicate<RestCall> matcher, Duration timeout) {
    return calls.await(matcher, timeout);
  }

  /**
   * The first call of that method on a path of that template, e.g. {@code ("POST",
   * "/channels/{id}/messages")}.
   */
  public RestCall awaitRequest(String method, String pathTemplate, Duration timeout) {
    return awaitRequest(call -> call.is(method, pathTemplate), timeout);
  }

  public List<RestCall> requests() {
    return calls.snapshot();
  }

  /**
   * The next {@code times} calls on that route get HTTP 429 with {@code retry_after} 0.2 s, as
   * Discord sends it.
   */
  public void rateLimitNext(String method, String pathTemplate, int times) {
    rateLimitNext(method, pathTemplate, times, Duration.ofMillis(200));
  }

  public void rateLimitNext(String method, String pathTemplate, int times, Duration retryAfter) {
    rateLimits.add(RoutePattern.of(method, pathTemplate), times, retryAfter);
  }

  /**
   * The next {@code times} calls on that route get Discord's error {@code code}, e.g. (403, 50013,
   * "Missing Permissions") for a channel where the bot may no longer post.
   */
  public void failNext(
      String method, String pathTemplate, int times, int status, int code, String message) {
    failures.add(RoutePattern.of(method, pathTemplate), times, status, code, message);
  }

  /** The message as the fake now holds it, after the bot's edits. */
  public Optional<JsonNode> message(String id) {
    return messages.find(id).map(JsonNode.class::cast);
  }

  /**
   * The interaction's original response as the fake now holds it, once the bot replied or deferred.
   */
  public Optional<JsonNode> originalMessage(DispatchedInteraction interaction) {
    return messages.originalOf(interaction.token()).flatMap(this::message);
  }

  private IssuedInteraction issue(int type, FakeUser user, long messageId) {
    return issue(type, user, messageId, setup.guild().textChannelId());
  }

  private IssuedInteraction issue(int type, FakeUser user, long messageId, long channelId) {
    DispatchedInteraction reference =
        new DispatchedInteraction(
            ids.nextString(),
            "interaction-token-" + ids.nextString(),
            Long.toUnsignedString(setup.applicationId()),
            channelId,
            messageId);
    IssuedInteraction issued = new IssuedInteraction(reference, type, user);
    interactions.issue(issued);
    return issued;
  }

  private String commandId(String name) {
    return commands
        .idOf(Long.toUnsignedString(setup.guild().id()), name)
        .orElseGet(ids::nextString);
  }

  @Override
  public void close() {
    gateway.closeAll();
    server.close();
  }
}
