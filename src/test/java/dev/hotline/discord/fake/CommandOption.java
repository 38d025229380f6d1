package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** One option of a slash command as a user filled it in, with Discord's option type number. */
public record CommandOption(String name, int type, Object value) {

    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;
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

    ObjectNode toJson(JsonNodeFactory json, boolean focused) {
        ObjectNode option = json.objectNode().put("name", name).put("type", type);
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
