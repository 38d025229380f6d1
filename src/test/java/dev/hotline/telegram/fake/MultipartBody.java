package dev.hotline.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code multipart/form-data} body into its parts; enough for what bot clients upload. */
final class MultipartBody {

  /**
   * One form field or file.
   *
   * @param name the form field name
   * @param filename the uploaded file name, null for plain fields
   * @param contentType the part's content type, null when not given
   * @param content the raw bytes
   */
  record Part(String name, String filename, String contentType, byte[] content) {

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME =
      Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private MultipartBody() {}

  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw ApiFailure.badRequest("multipart boundary is missing").toException();
    }
    // ISO-8859-1 maps every byte to one char, so splitting text keeps the bytes intact.
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    List<Part> parts = new ArrayList<>();
    for (String chunk : raw.split(Pattern.quote(delimiter))) {
      if (chunk.startsWith("--") || chunk.isBlank()) {
        continue; // the closing delimiter, or the preamble
      }
      parts.add(part(chunk.startsWith("\r\n") ? chunk.substring(2) : chunk));
    }
    return parts;
  }

  private static Part part(String chunk) {
    int headerEnd = chunk.indexOf("\r\n\r\n");
    String headers = headerEnd < 0 ? chunk : chunk.substring(0, headerEnd);
    String content = headerEnd < 0 ? "" : chunk.substring(headerEnd + 4);
    if (content.endsWith("\r\n")) {
      content = content.substring(0, content.length() - 2);
    }
    String name = null;
    String filename = null;
    String type = null;
    for (String header : headers.split("\r\n")) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        name = group(NAME, header);
        filename = group(FILENAME, header);
      } else if (lower.startsWith("content-type:")) {
        type = header.substring(header.indexOf(':') + 1).strip();
      }
    }
    return new Part(name, filename, type, content.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find()
        ? new String(matcher.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
        : null;
  }
}
