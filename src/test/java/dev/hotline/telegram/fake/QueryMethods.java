package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** answerCallbackQuery and answerInlineQuery: each query id from an update may be answered once. */
final class QueryMethods {

  private static final int MAX_CALLBACK_ANSWER_LENGTH = 200;
  private static final int MAX_INLINE_RESULTS = 50;
  private static final int MAX_RESULT_ID_BYTES = 64;

  private final OpenQueries queries;

  QueryMethods(OpenQueries queries) {
    this.queries = queries;
  }

  JsonNode answerCallbackQuery(Params params) {
    String id = params.requiredText("callback_query_id", "QUERY_ID_INVALID");
    if (params.text("text").orElse("").length() > MAX_CALLBACK_ANSWER_LENGTH) {
      throw ApiFailure.badRequest("MESSAGE_TOO_LONG").toException();
    }
    queries.answer(id);
    return BooleanNode.TRUE;
  }

  JsonNode answerInlineQuery(Params params) {
    String id = params.requiredText("inline_query_id", "QUERY_ID_INVALID");
    JsonNode results =
        params
            .json("results")
            .filter(JsonNode::isArray)
            .orElseThrow(() -> ApiFailure.badRequest("RESULTS_INVALID").toException());
    if (results.size() > MAX_INLINE_RESULTS) {
      throw ApiFailure.badRequest("RESULTS_TOO_MUCH").toException();
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode result : results) {
      String resultId = result.path("id").asText();
      if (result.path("type").asText().isEmpty()
          || resultId.isEmpty()
          || resultId.getBytes(StandardCharsets.UTF_8).length > MAX_RESULT_ID_BYTES
          || !ids.add(resultId)) {
        throw ApiFailure.badRequest("RESULT_ID_INVALID").toException();
      }
    }
    queries.answer(id);
    return BooleanNode.TRUE;
  }
}
