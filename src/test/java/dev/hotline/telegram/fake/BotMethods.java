package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** getMe, setMyCommands and getMyCommands: the bot's own settings. */
final class BotMethods {

  private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
  private static final int MAX_DESCRIPTION_LENGTH = 256;
  private static final int MAX_COMMANDS = 100;

  private final Participants participants;
  // Telegram keeps one command list per scope and language.
  private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();

  BotMethods(Participants participants) {
    this.participants = participants;
  }

  JsonNode getMe(Params params) {
    return participants
        .botUser()
        .put("can_join_groups", true)
        .put("can_read_all_group_messages", false)
        .put("supports_inline_queries", true);
  }

  JsonNode setMyCommands(Params params) {
    JsonNode list =
        params
            .json("commands")
            .filter(JsonNode::isArray)
            .orElseThrow(() -> ApiFailure.badRequest("commands must be an array").toException());
    if (list.size() > MAX_COMMANDS) {
      throw ApiFailure.badRequest("BOT_COMMANDS_TOO_MUCH").toException();
    }
    for (JsonNode command : list) {
      if (!COMMAND.matcher(command.path("command").asText()).matches()) {
        throw ApiFailure.badRequest("BOT_COMMAND_INVALID").toException();
      }
      String description = command.path("description").asText();
      if (description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
        throw ApiFailure.badRequest("command description is empty or too long").toException();
      }
    }
    commands.put(scopeKey(params), list.deepCopy());
    return BooleanNode.TRUE;
  }

  JsonNode getMyCommands(Params params) {
    return commands.getOrDefault(scopeKey(params), JsonNodeFactory.instance.arrayNode()).deepCopy();
  }

  private static String scopeKey(Params params) {
    JsonNode scope =
        params
            .json("scope")
            .orElseGet(() -> JsonNodeFactory.instance.objectNode().put("type", "default"));
    ObjectNode key = JsonNodeFactory.instance.objectNode();
    key.set("scope", scope);
    key.put("language_code", params.text("language_code").orElse(""));
    return key.toString();
  }
}
