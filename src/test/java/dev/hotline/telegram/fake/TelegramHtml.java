package dev.hotline.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Telegram's {@code parse_mode=HTML}: the supported tags become entities over the plain text, and
 * anything else is refused with "can't parse entities", as the real server refuses it.
 */
final class TelegramHtml {

  /**
   * Text with its formatting entities.
   *
   * @param text plain text with tags removed and character references decoded
   * @param entities formatting entities in Telegram's order
   */
  record Formatted(String text, List<TextEntity> entities) {}

  private static final Map<String, String> SIMPLE_TAGS =
      Map.ofEntries(
          Map.entry("b", "bold"),
          Map.entry("strong", "bold"),
          Map.entry("i", "italic"),
          Map.entry("em", "italic"),
          Map.entry("u", "underline"),
          Map.entry("ins", "underline"),
          Map.entry("s", "strikethrough"),
          Map.entry("strike", "strikethrough"),
          Map.entry("del", "strikethrough"),
          Map.entry("tg-spoiler", "spoiler"),
          Map.entry("code", "code"),
          Map.entry("pre", "pre"));

  private record OpenTag(
      String name, int byteOffset, int textOffset, Map<String, String> attributes) {}

  private final String html;
  private final StringBuilder text = new StringBuilder();
  private final Deque<OpenTag> open = new ArrayDeque<>();
  private final List<TextEntity> entities = new ArrayList<>();

  private TelegramHtml(String html) {
    this.html = html;
  }

  /** Parses the markup or throws a 400 "can't parse entities" failure. */
  static Formatted parse(String html) {
    return new TelegramHtml(html).run();
  }

  private Formatted run() {
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        i = tag(i);
      } else if (c == '&') {
        i = characterReference(i);
      } else {
        text.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw fail("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
    }
    entities.sort(TextEntity.TELEGRAM_ORDER);
    return new Formatted(text.toString(), List.copyOf(entities));
  }

  private int tag(int start) {
    int end = html.indexOf('>', start);
    if (end < 0) {
      throw fail("Unclosed start tag at byte offset " + byteOffset(start));
    }
    String inside = html.substring(start + 1, end);
    if (inside.startsWith("/")) {
      closeTag(inside.substring(1).strip().toLowerCase(Locale.ROOT), start);
    } else {
      openTag(inside, start);
    }
    return end + 1;
  }

  private void openTag(String inside, int start) {
    int nameEnd = 0;
    while (nameEnd < inside.length() && !Character.isWhitespace(inside.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = inside.substring(0, nameEnd).toLowerCase(Locale.ROOT);
    Map<String, String> attributes = attributes(inside.substring(nameEnd));
    boolean supported =
        SIMPLE_TAGS.containsKey(name)
            || name.equals("a")
            || name.equals("blockquote")
            || name.equals("tg-emoji")
            || (name.equals("span") && "tg-spoiler".equals(attributes.get("class")));
    if (!supported) {
      throw fail("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(start));
    }
    if (name.equals("tg-emoji") && !attributes.containsKey("emoji-id")) {
      throw fail("Custom emoji entity must contain a tg://emoji URL");
    }
    open.push(new OpenTag(name, byteOffset(start), text.length(), attributes));
  }

  private void closeTag(String name, int start) {
    OpenTag tag = open.peek();
    if (tag == null) {
      throw fail("Unexpected end tag at byte offset " + byteOffset(start));
    }
    if (!name.isEmpty() && !name.equals(tag.name())) {
      throw fail(
          "Unmatched end tag at byte offset "
              + byteOffset(start)
              + ", expected \"</"
              + tag.name()
              + ">\", found \"</"
              + name
              + ">\"");
    }
    open.pop();
    int length = text.length() - tag.textOffset();
    if (length == 0) {
      return; // Telegram drops empty entities
    }
    if (tag.name().equals("a") && !tag.attributes().containsKey("href")) {
      return; // a link without a target is plain text
    }
    if (tag.name().equals("code") && open.peek() != null && open.peek().name().equals("pre")) {
      addCodeInsidePre(tag);
      return;
    }
    entities.add(entity(tag, length));
  }

  // <pre><code class="language-x"> is one pre entity with a language, not pre plus code.
  private void addCodeInsidePre(OpenTag code) {
    String language = code.attributes().getOrDefault("class", "");
    if (language.startsWith("language-")) {
      OpenTag pre = open.pop();
      Map<String, String> withLanguage = new HashMap<>(pre.attributes());
      withLanguage.put("language", language.substring("language-".length()));
      open.push(new OpenTag(pre.name(), pre.byteOffset(), pre.textOffset(), withLanguage));
    }
  }

  private TextEntity entity(OpenTag tag, int length) {
    int offset = tag.textOffset();
    return switch (tag.name()) {
      case "a" ->
          new TextEntity("text_link", offset, length, Map.of("url", tag.attributes().get("href")));
      case "span" -> new TextEntity("spoiler", offset, length);
      case "blockquote" ->
          new TextEntity(
              tag.attributes().containsKey("expandable") ? "expandable_blockquote" : "blockquote",
              offset,
              length);
      case "tg-emoji" ->
          new TextEntity(
              "custom_emoji",
              offset,
              length,
              Map.of("custom_emoji_id", tag.attributes().get("emoji-id")));
      case "pre" ->
          tag.attributes().containsKey("language")
              ? new TextEntity(
                  "pre", offset, length, Map.of("language", tag.attributes().get("language")))
              : new TextEntity("pre", offset, length);
      default -> new TextEntity(SIMPLE_TAGS.get(tag.name()), offset, length);
    };
  }

  private Map<String, String> attributes(String source) {
    Map<String, String> attributes = new HashMap<>();
    int i = 0;
    while (i < source.length()) {
      while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < source.length()
          && source.charAt(i) != '='
          && !Character.isWhitespace(source.charAt(i))) {
        i++;
      }
      String name = source.substring(nameStart, i).toLowerCase(Locale.ROOT);
      String value = "";
      if (i < source.length() && source.charAt(i) == '=') {
        i++;
        char quote = i < source.length() ? source.charAt(i) : ' ';
        if (quote == '"' || quote == '\'') {
          int close = source.indexOf(quote, i + 1);
          close = close < 0 ? source.length() : close;
          value = source.substring(i + 1, close);
          i = close + 1;
        } else {
          int valueStart = i;
          while (i < source.length() && !Character.isWhitespace(source.charAt(i))) {
            i++;
          }
          value = source.substring(valueStart, i);
        }
      }
      if (!name.isEmpty()) {
        attributes.put(name, decodeReferences(value));
      }
    }
    return attributes;
  }

  private int characterReference(int start) {
    int semicolon = html.indexOf(';', start);
    String decoded = semicolon < 0 ? null : reference(html.substring(start + 1, semicolon));
    if (decoded == null) {
      text.append('&'); // Telegram leaves an unknown reference as literal text
      return start + 1;
    }
    text.append(decoded);
    return semicolon + 1;
  }

  private static String decodeReferences(String value) {
    StringBuilder decoded = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int semicolon = value.charAt(i) == '&' ? value.indexOf(';', i) : -1;
      String reference = semicolon < 0 ? null : reference(value.substring(i + 1, semicolon));
      if (reference == null) {
        decoded.append(value.charAt(i++));
      } else {
        decoded.append(reference);
        i = semicolon + 1;
      }
    }
    return decoded.toString();
  }

  // Only these four named references are supported; numeric ones all are.
  private static String reference(String name) {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return "\"";
      default:
        break;
    }
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private int byteOffset(int charIndex) {
    return html.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  private static ApiFailureException fail(String reason) {
    return ApiFailure.badRequest("can't parse entities: " + reason).toException();
  }
}
