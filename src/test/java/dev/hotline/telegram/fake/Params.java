package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;

/** Typed, lenient reads of call parameters: Telegram accepts numbers as strings and vice versa. */
final class Params {

  private final ObjectNode values;

  Params(ObjectNode values) {
    this.values = values;
  }

  Optional<String> text(String name) {
    JsonNode value = values.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(value.isValueNode() ? value.asText() : value.toString());
  }

  String requiredText(String name, String reasonWhenMissing) {
    return text(name)
        .filter(text -> !text.isEmpty())
        .orElseThrow(() -> ApiFailure.badRequest(reasonWhenMissing).toException());
  }

  OptionalLong longValue(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty() || text.get().isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text.get().strip()));
    } catch (NumberFormatException e) {
      throw ApiFailure.badRequest("invalid " + name + " specified").toException();
    }
  }

  long requiredLong(String name) {
    return longValue(name)
        .orElseThrow(() -> ApiFailure.badRequest(name + " is empty").toException());
  }

  /**
   * A chat id; {@code @username} chats are unknown to the fake, as they would be for an unseen
   * chat.
   */
  long chatId() {
    String text = requiredText("chat_id", "chat_id is empty");
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw ApiFailure.badRequest("chat not found").toException();
    }
  }

  Optional<JsonNode> json(String name) {
    JsonNode value = values.get(name);
    return value == null || !value.isContainerNode() ? Optional.empty() : Optional.of(value);
  }

  boolean flag(String name) {
    return text(name).map(Boolean::parseBoolean).orElse(false);
  }
}
