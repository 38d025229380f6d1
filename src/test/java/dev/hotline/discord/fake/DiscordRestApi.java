package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Answers the REST routes JDA uses, as Discord's API v10 would, from the fake's stores. */
final class DiscordRestApi {
  private static final int UNKNOWN_CHANNEL = 10003;
  private static final int UNKNOWN_MESSAGE = 10008;
  private static final int UNKNOWN_WEBHOOK = 10015;
  private static final int UNKNOWN_INTERACTION = 10062;
  private static final int CANNOT_EDIT_OTHERS_MESSAGE = 50005;
  private static final int ALREADY_ACKNOWLEDGED = 40060;

  private final ObjectMapper mapper;
  private final FakeDiscordSetup setup;
  private final EntityJson entities;
  private final MessageStore messages;
  private final CommandStore commands;
  private final InteractionRegistry interactions;
  private final RateLimitRules rateLimits;
  private final FailureRules failures;
  private final Clock clock;
  private final String gatewayUrl;
  private final List<Route> routes;

  DiscordRestApi(
      ObjectMapper mapper,
      FakeDiscordSetup setup,
      EntityJson entities,
      MessageStore messages,
      CommandStore commands,
      InteractionRegistry interactions,
      RateLimitRules rateLimits,
      FailureRules failures,
      Clock clock,
      String gatewayUrl) {
    this.mapper = mapper;
    this.setup = setup;
    this.entities = entities;
    this.messages = messages;
    this.commands = commands;
    this.interactions = interactions;
    this.rateLimits = rateLimits;
    this.failures = failures;
    this.clock = clock;
    this.gatewayUrl = gatewayUrl;
    this.routes = routes();
  }

  /** An opaque bucket id per route template, as Discord's X-RateLimit-Bucket is. */
  static String bucketOf(String template) {
    return Integer.toHexString(template.replaceAll("\\{[^}]*}", "{}").hashCode());
  }

  RestAnswer answer(RestCall call) {
    Optional<RestAnswer> refused = rateLimits.refuse(call.method(), call.path());
    if (refused.isPresent()) {
      return withDiscordHeaders(refused.get());
    }
    Optional<RestAnswer> failed = failures.refuse(call.method(), call.path());
    if (failed.isPresent()) {
      return withDiscordHeaders(failed.get());
    }
    for (Route route : routes) {
      if (route.pattern.matches(call.method(), call.path())) {
        if (route.needsBotToken && !("Bot " + setup.token()).equals(call.header("authorization"))) {
          return withDiscordHeaders(RestAnswer.error(mapper, 401, 0, "401: Unauthorized"));
        }
        String[] segments =
            Arrays.stream(call.path().split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        RestAnswer answer = route.handler.apply(call, segments);
        return withDiscordHeaders(withBucket(answer, route.pattern.template()));
      }
    }
    return withDiscordHeaders(RestAnswer.error(mapper, 404, 0, "404: Not Found"));
  }

  private List<Route> routes() {
    return List.of(
        bot("GET", "/users/@me", (c, s) -> ok(entities.selfUser())),
        bot("GET", "/applications/@me", (c, s) -> ok(entities.application())),
        bot("GET", "/oauth2/applications/@me", (c, s) -> ok(entities.application())),
        bot("GET", "/gateway", (c, s) -> ok(mapper.createObjectNode().put("url", gatewayUrl))),
        bot("GET", "/gateway/bot", (c, s) -> ok(gatewayBot())),
        bot("POST", "/users/@me/channels", (c, s) -> ok(entities.directChannel())),
        // Interaction callbacks and webhooks are authorised by their token, not the bot's.
        open("POST", "/interactions/{id}/{token}/callback", this::callback),
        open("POST", "/webhooks/{app}/{token}", this::followup),
        open("GET", "/webhooks/{app}/{token}/messages/{message}", this::getWebhookMessage),
        open("PATCH", "/webhooks/{app}/{token}/messages/{message}", this::editWebhookMessage),
        open("DELETE", "/webhooks/{app}/{token}/messages/{message}", this::deleteWebhookMessage),
        bot("GET", "/channels/{channel}", this::getChannel),
        bot("POST", "/channels/{channel}/messages", this::createMessage),
        bot("GET", "/channels/{channel}/messages/{message}", this::getMessage),
        bot("PATCH", "/channels/{channel}/messages/{message}", this::editMessage),
        bot("DELETE", "/channels/{channel}/messages/{message}", this::deleteMessage),
        bot("POST", "/channels/{channel}/typing", (c, s) -> RestAnswer.noContent()),
        bot("GET", "/applications/{app}/commands", (c, s) -> ok(commands.list(null))),
        bot(
            "PUT",
            "/applications/{app}/commands",
            (c, s) -> ok(commands.overwrite(null, c.json()))),
        bot("POST", "/applications/{app}/commands", (c, s) -> ok(commands.upsert(null, c.json()))),
        bot(
            "GET",
            "/applications/{app}/guilds/{guild}/commands",
            (c, s) -> ok(commands.list(s[3]))),
        bot(
            "PUT",
            "/applications/{app}/guilds/{guild}/commands",
            (c, s) -> ok(commands.overwrite(s[3], c.json()))),
        bot(
            "POST",
            "/applications/{app}/guilds/{guild}/commands",
            (c, s) -> ok(commands.upsert(s[3], c.json()))));
  }

  private ObjectNode gatewayBot() {
    ObjectNode node =
        mapper.createObjectNode().put("url", gatewayUrl).put("shards", setup.recommendedShards());
    node.putObject("session_start_limit")
        .put("total", 1000)
        .put("remaining", 999)
        .put("reset_after", 86_400_000)
        .put("max_concurrency", 1);
    return node;
  }

  // --- interactions ---

  private RestAnswer callback(RestCall call, String[] segments) {
    Optional<IssuedInteraction> found =
        interactions.find(segments[2]).filter(i -> i.reference().id().equals(segments[1]));
    if (found.isEmpty()) {
      return error(404, UNKNOWN_INTERACTION, "Unknown interaction");
    }
    IssuedInteraction issued = found.get();
    String token = issued.reference().token();
    if (!interactions.acknowledge(token)) {
      return error(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.");
    }
    int type = call.json().path("type").asInt();
    JsonNode data = call.json().path("data");
    ObjectNode resource = mapper.createObjectNode().put("type", type);
    ObjectNode message =
        switch (type) {
          case 4 -> messages.createForInteraction(issued, data, call.files());
          case 5 -> messages.createLoading(issued, data.path("flags").asInt());
          case 7 ->
              componentMessage(issued)
                  .flatMap(id -> messages.edit(id, data, call.files()))
                  .orElse(null);
          default -> null;
        };
    if (type == 6) {
      componentMessage(issued).ifPresent(id -> messages.setOriginal(token, id));
    }
    if (message != null) {
      messages.setOriginal(token, message.get("id").asText());
      if (type != 5) {
        // Discord returns the message only for replies and updates, not for the loading
        // placeholder.
        resource.set("message", message);
      }
    }
    if (!call.query().containsKey("with_response")) {
      return RestAnswer.noContent();
    }
    ObjectNode answer = mapper.createObjectNode();
    ObjectNode interaction =
        answer
            .putObject("interaction")
            .put("id", issued.reference().id())
            .put("type", issued.type())
            .putNull("activity_instance_id");
    if (message != null) {
      interaction
          .put("response_message_id", message.get("id").asText())
          .put("response_message_loading", type == 5)
          .put("response_message_ephemeral", (message.path("flags").asInt() & 64) != 0);
    }
    answer.set("resource", resource);
    return ok(answer);
  }

  private Optional<String> componentMessage(IssuedInteraction issued) {
    long messageId = issued.reference().messageId();
    return messageId == 0 ? Optional.empty() : Optional.of(Long.toUnsignedString(messageId));
  }

  private RestAnswer followup(RestCall call, String[] segments) {
    Optional<IssuedInteraction> issued = acknowledgedInteraction(segments);
    if (issued.isEmpty()) {
      return error(404, UNKNOWN_WEBHOOK, "Unknown Webhook");
    }
    return ok(messages.createForInteraction(issued.get(), call.json(), call.files()));
  }

  private RestAnswer getWebhookMessage(RestCall call, String[] segments) {
    return webhookMessageId(segments)
        .flatMap(messages::find)
        .map(this::ok)
        .orElseGet(() -> error(404, UNKNOWN_MESSAGE, "Unknown Message"));
  }

  private RestAnswer editWebhookMessage(RestCall call, String[] segments) {
    return webhookMessageId(segments)
        .flatMap(id -> messages.edit(id, call.json(), call.files()))
        .map(this::ok)
        .orElseGet(() -> error(404, UNKNOWN_MESSAGE, "Unknown Message"));
  }

  private RestAnswer deleteWebhookMessage(RestCall call, String[] segments) {
    return webhookMessageId(segments).filter(messages::delete).isPresent()
        ? RestAnswer.noContent()
        : error(404, UNKNOWN_MESSAGE, "Unknown Message");
  }

  private Optional<String> webhookMessageId(String[] segments) {
    Optional<IssuedInteraction> issued = acknowledgedInteraction(segments);
    if (issued.isEmpty()) {
      return Optional.empty();
    }
    String messageId = segments[4];
    return "@original".equals(messageId)
        ? messages.originalOf(segments[2])
        : Optional.of(messageId);
  }

  /** Discord's interaction webhook exists only once the interaction was acknowledged. */
  private Optional<IssuedInteraction> acknowledgedInteraction(String[] segments) {
    String token = segments[2];
    return interactions
        .find(token)
        .filter(i -> i.reference().applicationId().equals(segments[1]))
        .filter(i -> interactions.isAcknowledged(token));
  }

  // --- channels ---

  private RestAnswer getChannel(RestCall call, String[] segments) {
    return switch (channelKind(segments[1])) {
      case TEXT ->
          ok(
              entities.textChannel(
                  setup.guildOfChannel(Long.parseUnsignedLong(segments[1])).orElseThrow()));
      case DIRECT -> ok(entities.directChannel());
      case UNKNOWN -> error(404, UNKNOWN_CHANNEL, "Unknown Channel");
    };
  }

  private RestAnswer createMessage(RestCall call, String[] segments) {
    if (channelKind(segments[1]) == ChannelKind.UNKNOWN) {
      return error(404, UNKNOWN_CHANNEL, "Unknown Channel");
    }
    // With enforce_nonce, Discord answers a nonce it saw from the bot in this channel a few minutes
    // ago with that message instead of posting another.
    return ok(
        messages.createByBotOnce(Long.parseUnsignedLong(segments[1]), call.json(), call.files()));
  }

  private RestAnswer getMessage(RestCall call, String[] segments) {
    return messageIn(segments)
        .map(this::ok)
        .orElseGet(() -> error(404, UNKNOWN_MESSAGE, "Unknown Message"));
  }

  private RestAnswer editMessage(RestCall call, String[] segments) {
    Optional<ObjectNode> message = messageIn(segments);
    if (message.isEmpty()) {
      return error(404, UNKNOWN_MESSAGE, "Unknown Message");
    }
    if (!message.get().path("author").path("id").asText().equals(setup.bot().idString())) {
      return error(
          403, CANNOT_EDIT_OTHERS_MESSAGE, "Cannot edit a message authored by another user");
    }
    return messages
        .edit(segments[3], call.json(), call.files())
        .map(this::ok)
        .orElseGet(() -> error(404, UNKNOWN_MESSAGE, "Unknown Message"));
  }

  private RestAnswer deleteMessage(RestCall call, String[] segments) {
    return messageIn(segments).isPresent() && messages.delete(segments[3])
        ? RestAnswer.noContent()
        : error(404, UNKNOWN_MESSAGE, "Unknown Message");
  }

  private Optional<ObjectNode> messageIn(String[] segments) {
    return messages
        .find(segments[3])
        .filter(m -> m.path("channel_id").asText().equals(segments[1]));
  }

  private enum ChannelKind {
    TEXT,
    DIRECT,
    UNKNOWN
  }

  private ChannelKind channelKind(String channelId) {
    if (setup.guilds().stream()
        .anyMatch(g -> channelId.equals(Long.toUnsignedString(g.textChannelId())))) {
      return ChannelKind.TEXT;
    }
    if (channelId.equals(Long.toUnsignedString(setup.directChannelId()))) {
      return ChannelKind.DIRECT;
    }
    return ChannelKind.UNKNOWN;
  }

  // --- answers ---

  private RestAnswer ok(JsonNode body) {
    return RestAnswer.json(200, body);
  }

  private RestAnswer error(int status, int code, String message) {
    return RestAnswer.error(mapper, status, code, message);
  }

  /**
   * A roomy bucket on every success, so JDA learns buckets as it does from Discord but never waits.
   */
  private RestAnswer withBucket(RestAnswer answer, String template) {
    if (answer.status() >= 300) {
      return answer;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-RateLimit-Limit", "5");
    headers.put("X-RateLimit-Remaining", "4");
    headers.put(
        "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", clock.millis() / 1000.0 + 1));
    headers.put("X-RateLimit-Reset-After", "1.000");
    headers.put("X-RateLimit-Bucket", bucketOf(template));
    return answer.withHeaders(headers);
  }

  /**
   * Discord's answers pass Google's load balancer; JDA reads a 429 without {@code Via} as a
   * Cloudflare ban.
   */
  private static RestAnswer withDiscordHeaders(RestAnswer answer) {
    return answer.withHeaders(Map.of("Via", "1.1 google"));
  }

  private Route bot(
      String method, String template, BiFunction<RestCall, String[], RestAnswer> handler) {
    return new Route(RoutePattern.of(method, template), true, handler);
  }

  private Route open(
      String method, String template, BiFunction<RestCall, String[], RestAnswer> handler) {
    return new Route(RoutePattern.of(method, template), false, handler);
  }

  private record Route(
      RoutePattern pattern,
      boolean needsBotToken,
      BiFunction<RestCall, String[], RestAnswer> handler) {}
}
