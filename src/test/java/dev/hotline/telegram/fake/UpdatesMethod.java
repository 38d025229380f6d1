package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** getUpdates: reads offset, limit, timeout and allowed_updates, then long-polls the queue. */
final class UpdatesMethod {

  private static final int MAX_LIMIT = 100;

  private final UpdateQueue queue;

  UpdatesMethod(UpdateQueue queue) {
    this.queue = queue;
  }

  JsonNode getUpdates(Params params) {
    long offset = params.longValue("offset").orElse(0);
    int limit = (int) Math.max(1, Math.min(MAX_LIMIT, params.longValue("limit").orElse(MAX_LIMIT)));
    Duration timeout = Duration.ofSeconds(Math.max(0, params.longValue("timeout").orElse(0)));
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    queue.poll(offset, limit, timeout, allowedUpdates(params)).forEach(result::add);
    return result;
  }

  private static Optional<List<String>> allowedUpdates(Params params) {
    return params
        .json("allowed_updates")
        .filter(JsonNode::isArray)
        .map(
            array -> {
              List<String> types = new ArrayList<>();
              array.forEach(type -> types.add(type.asText()));
              return types;
            });
  }
}
