package dev.hotline.discord;

import java.util.Random;

/**
 * Text meant to break a renderer: markdown, mentions, emoji, lone surrogates, control characters,
 * huge runs.
 */
final class RandomText {
  private static final String[] PIECES = {
    "the",
    "Berlin",
    "Wall",
    "fell",
    "on",
    "November 9, 1989",
    "U.S.",
    "Gen.",
    "Mr.",
    "war",
    ".",
    ". ",
    "! ",
    "? ",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "`",
    "```",
    "||",
    ">",
    ">>> ",
    "# ",
    "-# ",
    "- ",
    "1. ",
    "[link](https://x.y)",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    "<@123456789012345678>",
    "<@&1>",
    "<#2>",
    "<t:0:R>",
    "@everyone",
    "@here",
    "\\",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u200b",
    "\u202e",
    "\ufeff",
    "😀",
    "🇺🇳",
    "👩‍🚀",
    "\ud83d",
    "\ude00",
    "日本語",
    "Россия",
    "مرحبا",
    "e\u0301",
    "𝔘𝔖𝔖𝔕",
    " ",
    "  ",
    "http://example.org/a_(b)",
    "javascript:alert(1)",
  };

  private final Random random;

  RandomText(long seed) {
    this.random = new Random(seed);
  }

  /** A text of any length up to {@code max}: mostly short, sometimes very long. */
  String text(int max) {
    int length =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(20);
          case 1 -> random.nextInt(300);
          case 2 -> random.nextInt(3000);
          default -> random.nextInt(max + 1);
        };
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      switch (random.nextInt(10)) {
        case 0 -> text.append((char) random.nextInt(0x10000));
        case 1 -> text.append("x".repeat(random.nextInt(200)));
        default -> text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /** Sometimes null, sometimes empty, usually text. */
  String maybe(int max) {
    return switch (random.nextInt(8)) {
      case 0 -> null;
      case 1 -> "";
      default -> text(max);
    };
  }

  String url() {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> "https://example.org/articles/" + text(30);
      case 2 -> "https://example.org/" + "a".repeat(random.nextInt(3000));
      case 3 -> "https://en.wikipedia.org/wiki/Sino-Soviet_border_conflict_(1969)";
      default -> text(100);
    };
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }
}
