package dev.hotline.chat;

/**
 * Members' names as plain text for leaderboards: without the "@" that would make a platform ping
 * them ("@anna" notifies anna on Telegram), and on one line.
 */
final class PlainNames {
  private PlainNames() {}

  static String of(String name) {
    String plain = name == null ? "" : name.replaceAll("\\s+", " ").strip();
    while (plain.startsWith("@")) {
      plain = plain.substring(1);
    }
    // A full-width at sign reads the same and mentions no one.
    plain = plain.replace('@', '＠');
    return plain.isEmpty() ? "someone" : plain;
  }
}
