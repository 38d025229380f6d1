package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application commands the bot registered, globally and per guild, as Discord echoes them back.
 */
final class CommandStore {
  private static final String GLOBAL = "global";

  private final Map<String, ArrayNode> commandsByScope = new ConcurrentHashMap<>();
  private final JsonNodeFactory json;
  private final SnowflakeSource ids;
  private final String applicationId;

  CommandStore(JsonNodeFactory json, SnowflakeSource ids, String applicationId) {
    this.json = json;
    this.ids = ids;
    this.applicationId = applicationId;
  }

  /**
   * {@code PUT}: the given list replaces the scope's commands; names already known keep their ids.
   */
  ArrayNode overwrite(String guildId, JsonNode commands) {
    ArrayNode previous = list(guildId);
    ArrayNode result = json.arrayNode();
    for (JsonNode command : commands) {
      String name = command.path("name").asText();
      String id = findIn(previous, name).map(c -> c.get("id").asText()).orElseGet(ids::nextString);
      result.add(echo(id, guildId, command));
    }
    commandsByScope.put(scope(guildId), result);
    return result.deepCopy();
  }

  /** {@code POST}: adds or replaces one command by name. */
  ObjectNode upsert(String guildId, JsonNode command) {
    ArrayNode commands = list(guildId);
    String name = command.path("name").asText();
    ArrayNode result = json.arrayNode();
    commands.forEach(
        c -> {
          if (!c.path("name").asText().equals(name)) {
            result.add(c);
          }
        });
    String id = findIn(commands, name).map(c -> c.get("id").asText()).orElseGet(ids::nextString);
    ObjectNode echoed = echo(id, guildId, command);
    result.add(echoed);
    commandsByScope.put(scope(guildId), result);
    return echoed.deepCopy();
  }

  ArrayNode list(String guildId) {
    return commandsByScope.getOrDefault(scope(guildId), json.arrayNode()).deepCopy();
  }

  /** The id of a registered command by that name, guild commands first. */
  Optional<String> idOf(String guildId, String name) {
    return findIn(list(guildId), name)
        .or(() -> findIn(list(null), name))
        .map(c -> c.get("id").asText());
  }

  private ObjectNode echo(String id, String guildId, JsonNode command) {
    ObjectNode echoed =
        json.objectNode()
            .put("id", id)
            .put("application_id", applicationId)
            .put("version", ids.nextString())
            .put("type", 1)
            .put("description", "")
            .putNull("default_member_permissions")
            .put("nsfw", false);
    echoed.setAll((ObjectNode) command.deepCopy());
    if (guildId != null) {
      echoed.put("guild_id", guildId);
    }
    return echoed;
  }

  private static Optional<JsonNode> findIn(ArrayNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  private static String scope(String guildId) {
    return guildId == null ? GLOBAL : guildId;
  }
}
