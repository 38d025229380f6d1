package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Bot API call as the fake received and answered it.
 *
 * @param method canonical method name such as {@code sendMessage}, whatever case it arrived in
 * @param parameters the parameters as a JSON object, whether sent as JSON, form or multipart
 * @param httpStatus the status the fake answered with (200 or a failure's error code)
 * @param response the whole answer body, {@code ok} and {@code result} or the error
 */
public record RecordedCall(String method, JsonNode parameters, int httpStatus, JsonNode response) {

  /** The parameter as text ({@code chat_id} arrives as a string), or null when absent. */
  public String text(String name) {
    JsonNode value = parameters.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /**
   * The parameter as a JSON node, or a missing node; nested JSON sent as form text is already
   * parsed.
   */
  public JsonNode json(String name) {
    return parameters.path(name);
  }

  /** What the call returned, such as the sent Message; a missing node for a failed call. */
  public JsonNode result() {
    return response.path("result");
  }

  /** Whether the fake answered {@code ok: true}. */
  public boolean succeeded() {
    return httpStatus == 200;
  }
}
