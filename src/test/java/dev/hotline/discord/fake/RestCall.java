package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One REST request the client made, as the fake saw and answered it.
 *
 * @param path the path below the API version, e.g. {@code /channels/1/messages}
 * @param json the JSON body, or for a multipart body its {@code payload_json} part; a missing node
 *     if none
 * @param files the file parts of a multipart body
 * @param status the HTTP status the fake answered with
 */
public record RestCall(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    JsonNode json,
    List<FilePart> files,
    int status) {

  /** One uploaded file of a multipart request. */
  public record FilePart(String name, String filename, String contentType, byte[] content) {
    @Override
    public String toString() {
      return name + "=" + filename + " (" + content.length + " bytes)";
    }
  }

  RestCall withStatus(int answeredStatus) {
    return new RestCall(method, path, query, headers, json, files, answeredStatus);
  }

  /**
   * Whether this is that method on a path of that template, e.g. {@code ("PATCH",
   * "/channels/{c}/messages/{m}")}.
   */
  public boolean is(String expectedMethod, String template) {
    return RoutePattern.of(expectedMethod, template).matches(method, path);
  }

  /** The text at a JSON pointer such as {@code /embeds/0/title}, or null when absent. */
  public String text(String jsonPointer) {
    JsonNode node = json.at(jsonPointer);
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  /** The (lower-cased) header's value, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + " -> "
        + status
        + (json.isMissingNode() ? "" : " " + json)
        + (files.isEmpty() ? "" : " files=" + files);
  }
}
