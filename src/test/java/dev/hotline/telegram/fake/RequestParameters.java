package dev.hotline.telegram.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a call's parameters into one JSON object, as Telegram accepts them: query string, JSON
 * body, urlencoded form or multipart form.
 */
final class RequestParameters {

  private final ObjectMapper json;

  RequestParameters(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode read(HttpExchange exchange) throws IOException {
    ObjectNode parameters = json.createObjectNode();
    addForm(parameters, exchange.getRequestURI().getRawQuery());
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (body.length == 0) {
      return parameters;
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      addJson(parameters, body);
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      addForm(parameters, new String(body, StandardCharsets.UTF_8));
    } else if (type.startsWith("multipart/form-data")) {
      addMultipart(parameters, contentType, body);
    }
    return parameters;
  }

  private void addJson(ObjectNode parameters, byte[] body) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException e) {
      throw ApiFailure.badRequest("can't parse JSON body").toException();
    }
    if (tree instanceof ObjectNode object) {
      parameters.setAll(object);
    }
  }

  private void addForm(ObjectNode parameters, String form) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      putText(parameters, name, value);
    }
  }

  private void addMultipart(ObjectNode parameters, String contentType, byte[] body) {
    for (MultipartBody.Part part : MultipartBody.parse(contentType, body)) {
      if (part.name() == null) {
        continue;
      }
      if (part.filename() == null) {
        putText(parameters, part.name(), part.text());
      } else {
        parameters
            .putObject(part.name())
            .put("filename", part.filename())
            .put("content_type", part.contentType())
            .put("size", part.content().length);
      }
    }
  }

  /**
   * Form values carry nested objects (reply_markup, results) as JSON text; Telegram parses them, so
   * do we.
   */
  private void putText(ObjectNode parameters, String name, String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        parameters.set(name, json.readTree(trimmed));
        return;
      } catch (JsonProcessingException e) {
        // Not JSON after all: keep it as the text it is.
      }
    }
    parameters.put(name, value);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
