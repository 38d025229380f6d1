package dev.hotline.telegram.render;

import java.util.List;
import java.util.Random;

/**
 * Random text built to break HTML and length handling: markup characters, entities, Markdown, emoji
 * and other surrogate pairs, combining marks, right-to-left text, control characters, lone
 * surrogates, and sometimes a great deal of it.
 */
final class NastyText {

  private static final List<String> FRAGMENTS =
      List.of(
          "<",
          ">",
          "&",
          "\"",
          "'",
          "&amp;",
          "&lt;",
          "&gt;",
          "&quot;",
          "&nbsp;",
          "&#",
          "&#x;",
          "&#128512;",
          "<b>",
          "</b>",
          "<i>",
          "<a href=\"https://evil.example/\">",
          "</a>",
          "<script>alert(1)</script>",
          "<tg-spoiler>",
          "</blockquote>",
          "<br/>",
          "<<>>",
          "*bold*",
          "_italic_",
          "`code`",
          "```pre```",
          "[link](https://example.org)",
          "~~",
          "||spoiler||",
          "\\",
          "#",
          "!",
          ".",
          "?",
          ". ",
          "! ",
          "? ",
          "🚀",
          "👩‍👩‍👧‍👦",
          "🇺🇸",
          "🏳️‍🌈",
          "e\u0301",
          "冷战",
          "柏林墙",
          "الحرب الباردة",
          "\u200F",
          "\u200D",
          "\uFEFF",
          "\u0000",
          "\u0007",
          "\u001B[31m",
          "\r\n",
          "\n",
          "\n\n",
          "\t",
          "\uD800",
          "\uDC00",
          "\u2028",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "1961",
          "March 2, 1969",
          " ",
          " ",
          " ",
          "word",
          "Berlin",
          "Zhenbao",
          "NATO & SEATO");

  private final Random random;

  NastyText(Random random) {
    this.random = random;
  }

  /** A short to medium string, occasionally empty. */
  String any() {
    return text(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(60));
  }

  /** Sometimes short, sometimes far longer than a Telegram message. */
  String maybeHuge() {
    return switch (random.nextInt(4)) {
      case 0 -> text(2_000 + random.nextInt(6_000)); // pieces, so often well over 4096 units
      case 1 ->
          "A".repeat(5_000 + random.nextInt(5_000)); // one endless word, no sentence to cut at
      default -> any();
    };
  }

  /** A link that may or may not be a web address Telegram can open. */
  String url() {
    return switch (random.nextInt(9)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> "https://example.org/a?b=1&c=\"2\"<x>'y'";
      case 3 -> "javascript:alert(1)";
      case 4 -> "http://";
      case 5 -> "https://example.org/" + any();
      case 6 -> "ftp://example.org/file";
      case 7 -> any();
      default -> "https://example.org/articles/" + random.nextInt(1000);
    };
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }

  private String text(int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        text.appendCodePoint(randomCodePoint());
      } else {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
    }
    return text.toString();
  }

  private int randomCodePoint() {
    while (true) {
      int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
      if (Character.isValidCodePoint(codePoint)) {
        return codePoint;
      }
    }
  }
}
