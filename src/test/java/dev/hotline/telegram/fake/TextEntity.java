package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;

/**
 * A MessageEntity; offset and length count UTF-16 code units, which is what Java string indices
 * are.
 *
 * @param type Telegram's entity type, such as {@code bold} or {@code bot_command}
 * @param offset start in UTF-16 code units
 * @param length length in UTF-16 code units
 * @param attributes extra fields such as {@code url} or {@code language}
 */
record TextEntity(String type, int offset, int length, Map<String, String> attributes) {

  static final Comparator<TextEntity> TELEGRAM_ORDER =
      Comparator.comparingInt(TextEntity::offset)
          .thenComparing(TextEntity::length, Comparator.reverseOrder());

  TextEntity {
    attributes = Map.copyOf(attributes);
  }

  TextEntity(String type, int offset, int length) {
    this(type, offset, length, Map.of());
  }

  ObjectNode toJson() {
    ObjectNode node =
        JsonNodeFactory.instance
            .objectNode()
            .put("type", type)
            .put("offset", offset)
            .put("length", length);
    attributes.forEach(node::put);
    return node;
  }
}
