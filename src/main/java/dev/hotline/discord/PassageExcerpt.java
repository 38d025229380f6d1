package dev.hotline.discord;

/** The passage under an answer, cut at sentence boundaries, with the answering sentence in bold. */
final class PassageExcerpt {
  private PassageExcerpt() {}

  /**
   * Escaped markdown of at most {@code limit} characters: the passage from its start, or from the
   * answering sentence when that lies beyond {@code budget}, with that sentence bold.
   */
  static String withBoldSentence(String passage, String sentence, int budget, int limit) {
    String text = DiscordText.clean(passage);
    String bold = DiscordText.clean(sentence).strip();
    int at = bold.isEmpty() ? -1 : text.indexOf(bold);
    int raw = Math.min(budget, limit);
    while (raw >= 2) {
      String excerpt =
          at < 0 ? sentenceThenPassage(bold, text, raw) : inPlace(text, at, bold.length(), raw);
      if (excerpt.length() <= limit) {
        return excerpt;
      }
      raw -= Math.max(1, excerpt.length() - limit);
    }
    return DiscordText.truncate(DiscordText.escape(bold.isEmpty() ? text : bold), limit);
  }

  /**
   * The sentence is not in the passage as such (the passage was rewritten): show it, then the
   * passage.
   */
  private static String sentenceThenPassage(String bold, String text, int raw) {
    if (bold.isEmpty()) {
      return DiscordText.escape(DiscordText.cutAtSentence(text, raw));
    }
    String head = "**" + DiscordText.escape(DiscordText.cutAtSentence(bold, raw / 2)) + "**";
    return text.isBlank()
        ? head
        : head + "\n\n" + DiscordText.escape(DiscordText.cutAtSentence(text, raw / 2));
  }

  private static String inPlace(String text, int at, int boldLength, int raw) {
    String lead = "";
    String window = text;
    int start = at;
    if (at + boldLength > raw) {
      // The sentence ends past the budget: start the excerpt at the sentence itself.
      lead = DiscordText.ELLIPSIS;
      window = text.substring(at);
      start = 0;
    }
    String cut = DiscordText.cutAtSentence(window, raw);
    boolean whole = window.startsWith(cut);
    String body = whole ? cut : cut.substring(0, cut.length() - DiscordText.ELLIPSIS.length());
    String tail = whole ? "" : DiscordText.ELLIPSIS;
    int end = Math.min(start + boldLength, body.length());
    if (end <= start) {
      return lead + DiscordText.escape(body) + tail;
    }
    String inBold = body.substring(start, end).strip();
    String bolded = inBold.isEmpty() ? "" : "**" + DiscordText.escape(inBold) + "**";
    return lead
        + DiscordText.escape(body.substring(0, start))
        + bolded
        + DiscordText.escape(body.substring(end))
        + tail;
  }
}
