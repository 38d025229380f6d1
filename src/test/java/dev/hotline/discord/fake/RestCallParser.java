package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/**
 * Turns what MockWebServer received into a {@link RestCall}: path below the API prefix, JSON or
 * multipart body.
 */
final class RestCallParser {
  private static final Pattern DISPOSITION_PARAMETER =
      Pattern.compile("(?<![a-z])(name|filename)=\"([^\"]*)\"");

  private final ObjectMapper mapper;
  private final String apiPrefix;

  RestCallParser(ObjectMapper mapper, String apiPrefix) {
    this.mapper = mapper;
    this.apiPrefix = apiPrefix;
  }

  RestCall parse(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    if (path.startsWith(apiPrefix)) {
      path = path.substring(apiPrefix.length());
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      query.put(name, url.queryParameterValues(name).stream().map(String::valueOf).toList());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name.toLowerCase(Locale.ROOT), request.getHeaders().get(name));
    }

    ByteString body = request.getBody();
    MediaType type = MediaType.parse(headers.getOrDefault("content-type", ""));
    List<RestCall.FilePart> files = new ArrayList<>();
    JsonNode json = MissingNode.getInstance();
    if (body != null && body.size() > 0) {
      if (type != null && "multipart".equals(type.type())) {
        json = readMultipart(body, type, files);
      } else {
        json = readJson(body.utf8());
      }
    }
    return new RestCall(request.getMethod(), path, query, headers, json, List.copyOf(files), 0);
  }

  /**
   * JDA sends files as multipart: the message is the {@code payload_json} part, the rest are files.
   */
  private JsonNode readMultipart(ByteString body, MediaType type, List<RestCall.FilePart> files) {
    JsonNode json = MissingNode.getInstance();
    try (MultipartReader reader =
        new MultipartReader(new Buffer().write(body), type.parameter("boundary"))) {
      MultipartReader.Part next;
      while ((next = reader.nextPart()) != null) {
        try (MultipartReader.Part part = next) {
          Map<String, String> disposition = disposition(part.headers().get("Content-Disposition"));
          byte[] content = part.body().readByteArray();
          String name = disposition.getOrDefault("name", "");
          if ("payload_json".equals(name)) {
            json = readJson(new String(content, StandardCharsets.UTF_8));
          } else {
            files.add(
                new RestCall.FilePart(
                    name,
                    disposition.get("filename"),
                    part.headers().get("Content-Type"),
                    content));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable multipart body", e);
    }
    return json;
  }

  private static Map<String, String> disposition(String header) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (header != null) {
      Matcher matcher = DISPOSITION_PARAMETER.matcher(header);
      while (matcher.find()) {
        parameters.put(matcher.group(1), matcher.group(2));
      }
    }
    return parameters;
  }

  private JsonNode readJson(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Request body is not JSON: " + text, e);
    }
  }
}
