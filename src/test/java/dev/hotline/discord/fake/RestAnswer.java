package dev.hotline.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/** What the fake answers to one REST call: status, optional JSON body and headers. */
record RestAnswer(int status, JsonNode body, Map<String, String> headers) {

  static RestAnswer json(int status, JsonNode body) {
    return new RestAnswer(status, body, Map.of());
  }

  static RestAnswer noContent() {
    return new RestAnswer(204, null, Map.of());
  }

  /** Discord's error shape: {@code {"message": ..., "code": ...}}. */
  static RestAnswer error(ObjectMapper mapper, int status, int code, String message) {
    return json(status, mapper.createObjectNode().put("message", message).put("code", code));
  }

  RestAnswer withHeaders(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new RestAnswer(status, body, all);
  }

  MockResponse toResponse(ObjectMapper mapper) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    headers.forEach(builder::setHeader);
    if (body != null) {
      try {
        builder.setHeader("Content-Type", "application/json").body(mapper.writeValueAsString(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unwritable answer " + body, e);
      }
    }
    return builder.build();
  }
}
