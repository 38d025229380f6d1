package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The messages the fake knows, by id, and each interaction's original response, by token. */
final class MessageStore {
  /** Discord marks a deferred reply's placeholder message as loading. */
  static final int LOADING_FLAG = 1 << 7;

  private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
  private final Map<String, String> originalByToken = new ConcurrentHashMap<>();
  private final Map<String, String> byNonce = new HashMap<>(); // guarded by itself
  private final EventJson events;
  private final MentionResolver mentions;
  private final SnowflakeSource ids;
  private final FakeDiscordSetup setup;
  private final JsonNodeFactory json;
  private final String attachmentBaseUrl;

  MessageStore(
      EventJson events,
      MentionResolver mentions,
      SnowflakeSource ids,
      FakeDiscordSetup setup,
      JsonNodeFactory json,
      String attachmentBaseUrl) {
    this.events = events;
    this.mentions = mentions;
    this.ids = ids;
    this.setup = setup;
    this.json = json;
    this.attachmentBaseUrl = attachmentBaseUrl;
  }

  void remember(ObjectNode message) {
    messages.put(message.get("id").asText(), message);
  }

  Optional<ObjectNode> find(String id) {
    return Optional.ofNullable(messages.get(id)).map(ObjectNode::deepCopy);
  }

  boolean delete(String id) {
    return messages.remove(id) != null;
  }

  /** A message the bot posts in a channel, built from the request's body. */
  ObjectNode createByBot(long channelId, JsonNode body, List<RestCall.FilePart> files) {
    ObjectNode message = events.message(ids.nextString(), channelId, setup.bot(), "");
    apply(message, body, files);
    if (body.has("message_reference")) {
      message.set("message_reference", body.get("message_reference"));
      message.put("type", 19);
    }
    remember(message);
    return message.deepCopy();
  }

  /**
   * As {@link #createByBot}, except that a message sent with {@code enforce_nonce} and a nonce the
   * bot already used in the channel is not posted again: the earlier one is returned, as Discord
   * does.
   */
  ObjectNode createByBotOnce(long channelId, JsonNode body, List<RestCall.FilePart> files) {
    String nonce = body.path("nonce").asText("");
    if (nonce.isEmpty() || !body.path("enforce_nonce").asBoolean(false)) {
      return createByBot(channelId, body, files);
    }
    String key = Long.toUnsignedString(channelId) + "/" + nonce;
    synchronized (byNonce) {
      String earlier = byNonce.get(key);
      if (earlier != null && messages.containsKey(earlier)) {
        return messages.get(earlier).deepCopy();
      }
      ObjectNode message = createByBot(channelId, body, files);
      byNonce.put(key, message.get("id").asText());
      return message;
    }
  }

  /** Messages the bot posted in channel {@code channelId}, oldest first. */
  List<ObjectNode> postedIn(long channelId) {
    String channel = Long.toUnsignedString(channelId);
    return messages.values().stream()
        .filter(m -> m.path("channel_id").asText().equals(channel))
        .filter(m -> m.path("author").path("id").asText().equals(setup.bot().idString()))
        .sorted(Comparator.comparing(m -> Long.parseUnsignedLong(m.get("id").asText())))
        .map(ObjectNode::deepCopy)
        .toList();
  }

  /**
   * A message the bot sends through an interaction's webhook: the original reply or a follow-up.
   */
  ObjectNode createForInteraction(
      IssuedInteraction issued, JsonNode body, List<RestCall.FilePart> files) {
    ObjectNode message = createByBot(issued.reference().channelId(), body, files);
    message
        .put("webhook_id", issued.reference().applicationId())
        .put("application_id", issued.reference().applicationId())
        .put("type", issued.type() == IssuedInteraction.COMMAND ? 20 : 0);
    message.set("interaction_metadata", events.interactionMetadata(issued));
    remember(message);
    return message.deepCopy();
  }

  /** The placeholder Discord shows while a deferred reply loads. */
  ObjectNode createLoading(IssuedInteraction issued, int flags) {
    ObjectNode body = json.objectNode().put("flags", flags | LOADING_FLAG);
    return createForInteraction(issued, body, List.of());
  }

  /** Applies an edit's body; empty when no such message exists. */
  Optional<ObjectNode> edit(String id, JsonNode body, List<RestCall.FilePart> files) {
    ObjectNode message = messages.get(id);
    if (message == null) {
      return Optional.empty();
    }
    synchronized (message) {
      boolean wasLoading = (message.path("flags").asInt() & LOADING_FLAG) != 0;
      apply(message, body, files);
      if (wasLoading) {
        // The first edit of a deferred reply is what people see as the reply.
        message.put("flags", message.path("flags").asInt() & ~LOADING_FLAG);
      } else {
        message.put("edited_timestamp", events.now());
      }
      return Optional.of(message.deepCopy());
    }
  }

  void setOriginal(String token, String messageId) {
    originalByToken.put(token, messageId);
  }

  Optional<String> originalOf(String token) {
    return Optional.ofNullable(originalByToken.get(token));
  }

  private void apply(ObjectNode message, JsonNode body, List<RestCall.FilePart> files) {
    if (body.has("content")) {
      message.put("content", body.get("content").asText(""));
    }
    if (body.has("embeds")) {
      ArrayNode embeds = message.putArray("embeds");
      for (JsonNode embed : body.get("embeds")) {
        ObjectNode copy = embed.deepCopy();
        if (!copy.has("type")) {
          copy.put("type", "rich");
        }
        embeds.add(copy);
      }
    }
    if (body.has("components")) {
      ArrayNode components = body.get("components").deepCopy();
      numberComponents(components, new int[] {0});
      message.set("components", components);
    }
    if (body.has("flags")) {
      message.put("flags", body.get("flags").asInt());
    }
    if (body.has("tts")) {
      message.put("tts", body.get("tts").asBoolean());
    }
    if (body.has("attachments") || !files.isEmpty()) {
      message.set("attachments", attachments(message, body.path("attachments"), files));
    }
    mentions.resolve(message, body.path("allowed_mentions"));
  }

  /** Discord gives each component an id in document order when the request leaves it out. */
  private static void numberComponents(ArrayNode components, int[] last) {
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object) {
        if (object.has("id")) {
          last[0] = Math.max(last[0], object.get("id").asInt());
        } else {
          object.put("id", ++last[0]);
        }
        if (object.get("components") instanceof ArrayNode children) {
          numberComponents(children, last);
        }
      }
    }
  }

  /** Keeps attachments the edit names by id and turns each new {@code files[n]} part into one. */
  private ArrayNode attachments(
      ObjectNode message, JsonNode requested, List<RestCall.FilePart> files) {
    ArrayNode result = json.arrayNode();
    Map<String, JsonNode> existing = new HashMap<>();
    message.path("attachments").forEach(a -> existing.put(a.path("id").asText(), a));
    for (JsonNode attachment : requested) {
      String id = attachment.path("id").asText();
      if (existing.containsKey(id)) {
        result.add(existing.get(id));
        continue;
      }
      files.stream()
          .filter(file -> file.name().equals("files[" + id + "]"))
          .findFirst()
          .ifPresent(file -> result.add(newAttachment(message, file, attachment)));
    }
    if (requested.isMissingNode()) {
      files.forEach(file -> result.add(newAttachment(message, file, json.objectNode())));
    }
    return result;
  }

  private ObjectNode newAttachment(ObjectNode message, RestCall.FilePart file, JsonNode requested) {
    String id = ids.nextString();
    String filename =
        file.filename() == null ? requested.path("filename").asText("file") : file.filename();
    String url = attachmentBaseUrl + message.get("channel_id").asText() + "/" + id + "/" + filename;
    ObjectNode attachment =
        json.objectNode()
            .put("id", id)
            .put("filename", filename)
            .put("size", file.content().length)
            .put("url", url)
            .put("proxy_url", url);
    if (file.contentType() != null) {
      attachment.put("content_type", file.contentType());
    }
    if (requested.has("description")) {
      attachment.put("description", requested.get("description").asText());
    }
    return attachment;
  }
}
