package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One option of a slash command as a user filled it in, with Discord's option type number; a
 * subcommand or subcommand group holds its own options instead of a value.
 */
public record CommandOption(String name, int type, Object value) {

  private static final int SUB_COMMAND = 1;
  private static final int SUB_COMMAND_GROUP = 2;
  private static final int STRING = 3;
  private static final int INTEGER = 4;
  private static final int BOOLEAN = 5;
  private static final int CHANNEL = 7;
  private static final int ROLE = 8;
  private static final int NUMBER = 10;

  public CommandOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public static CommandOption string(String name, String value) {
    return new CommandOption(name, STRING, value);
  }

  public static CommandOption integer(String name, long value) {
    return new CommandOption(name, INTEGER, value);
  }

  public static CommandOption number(String name, double value) {
    return new CommandOption(name, NUMBER, value);
  }

  public static CommandOption bool(String name, boolean value) {
    return new CommandOption(name, BOOLEAN, value);
  }

  /**
   * A subcommand, e.g. {@code show} of {@code /settings show}, with the options filled in for it.
   */
  public static CommandOption subcommand(String name, CommandOption... options) {
    return new CommandOption(name, SUB_COMMAND, List.of(options));
  }

  /**
   * A subcommand group, e.g. {@code channel} of {@code /settings channel allow}, with the chosen
   * subcommand.
   */
  public static CommandOption group(String name, CommandOption subcommand) {
    return new CommandOption(name, SUB_COMMAND_GROUP, List.of(subcommand));
  }

  /** A channel option: Discord sends the chosen channel's id as the value. */
  public static CommandOption channel(String name, long channelId) {
    return new CommandOption(name, CHANNEL, Long.toUnsignedString(channelId));
  }

  /** A role option: Discord sends the chosen role's id as the value. */
  public static CommandOption role(String name, long roleId) {
    return new CommandOption(name, ROLE, Long.toUnsignedString(roleId));
  }

  ObjectNode toJson(JsonNodeFactory json, boolean focused) {
    ObjectNode option = json.objectNode().put("name", name).put("type", type);
    if (value instanceof List<?> nested) {
      ArrayNode options = option.putArray("options");
      nested.forEach(child -> options.add(((CommandOption) child).toJson(json, false)));
      return option;
    }
    switch (value) {
      case Long number -> option.put("value", number);
      case Double number -> option.put("value", number);
      case Boolean flag -> option.put("value", flag);
      default -> option.put("value", value.toString());
    }
    if (focused) {
      option.put("focused", true);
    }
    return option;
  }
}
