package dev.hotline.telegram.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text against the Bot API's rules for {@code parse_mode=HTML}, more strictly than the
 * server does: only the documented tags, {@code href} as the only attribute, every other {@code <},
 * {@code >} and {@code &} escaped, tags balanced, and at most 4096 UTF-16 units of text once
 * parsed.
 */
final class TelegramHtmlRules {

  static final int MAX_TEXT_LENGTH = 4096;

  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "a",
          "code",
          "pre",
          "tg-spoiler",
          "blockquote");
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
  private static final Pattern HREF = Pattern.compile("\\s+href=\"([^\"<>]*)\"");

  private final String html;
  private final List<String> violations = new ArrayList<>();
  private final Deque<String> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private final Matcher entities;

  private TelegramHtmlRules(String html) {
    this.html = html;
    this.entities =
        ENTITY.matcher(html); // one matcher for the whole text: it is consulted at every '&'
  }

  /** What is wrong with {@code html}; empty when Telegram will parse it and accept its length. */
  static List<String> violations(String html) {
    return new TelegramHtmlRules(html).check();
  }

  /** The text Telegram shows for {@code html}, assuming it has no violations. */
  static String visibleText(String html) {
    TelegramHtmlRules rules = new TelegramHtmlRules(html);
    rules.check();
    return rules.text.toString();
  }

  private List<String> check() {
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        i = tag(i);
      } else if (c == '&') {
        i = entity(i, text);
      } else {
        if (c == '>') {
          violations.add("unescaped '>' at " + i);
        }
        text.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      violations.add("unclosed tags " + open);
    }
    checkCharacters();
    if (text.length() > MAX_TEXT_LENGTH) {
      violations.add("text is " + text.length() + " UTF-16 units, over " + MAX_TEXT_LENGTH);
    }
    if (text.toString().isBlank()) {
      violations.add("text is empty once parsed");
    }
    return violations;
  }

  private int tag(int start) {
    int end = html.indexOf('>', start);
    int nextOpen = html.indexOf('<', start + 1);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      violations.add("unescaped '<' at " + start);
      return start + 1;
    }
    String inside = html.substring(start + 1, end);
    if (inside.startsWith("/")) {
      String name = inside.substring(1);
      if (open.isEmpty() || !open.peek().equals(name)) {
        violations.add("end tag </" + name + "> at " + start + " does not close " + open.peek());
      } else {
        open.pop();
      }
      return end + 1;
    }
    int nameEnd = 0;
    while (nameEnd < inside.length() && !Character.isWhitespace(inside.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = inside.substring(0, nameEnd);
    String attributes = inside.substring(nameEnd);
    if (!TAGS.contains(name)) {
      violations.add("tag <" + name + "> at " + start + " is not one Telegram supports");
    } else if (name.equals("a")) {
      checkHref(attributes, start);
    } else if (!attributes.isEmpty()) {
      violations.add("tag <" + name + "> at " + start + " has attributes " + attributes);
    }
    open.push(name);
    return end + 1;
  }

  private void checkHref(String attributes, int start) {
    Matcher href = HREF.matcher(attributes);
    if (!href.matches()) {
      violations.add(
          "<a> at " + start + " must have exactly one double-quoted href: " + attributes);
      return;
    }
    String value = href.group(1);
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '&' && !ENTITY.matcher(value).region(i, value.length()).lookingAt()) {
        violations.add("unescaped '&' in href at " + start);
      }
    }
  }

  private int entity(int start, StringBuilder into) {
    Matcher matcher = entities.region(start, html.length());
    if (!matcher.lookingAt()) {
      violations.add("unescaped '&' at " + start);
      into.append('&');
      return start + 1;
    }
    String name = matcher.group(1);
    switch (name) {
      case "lt" -> into.append('<');
      case "gt" -> into.append('>');
      case "amp" -> into.append('&');
      case "quot" -> into.append('"');
      default ->
          into.appendCodePoint(
              name.startsWith("#x")
                  ? Integer.parseInt(name.substring(2), 16)
                  : Integer.parseInt(name.substring(1)));
    }
    return matcher.end();
  }

  // Lone surrogates cannot be sent as UTF-8; control characters are refused or shown as boxes.
  private void checkCharacters() {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < html.length()
          && Character.isLowSurrogate(html.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        violations.add("lone surrogate at " + i);
      } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        violations.add("control character U+" + Integer.toHexString(c) + " at " + i);
      }
    }
  }
}
