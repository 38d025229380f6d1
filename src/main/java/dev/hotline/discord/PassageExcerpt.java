package dev.hotline.discord;

import dev.hotline.chat.Excerpts;

/**
 * The passage under an answer, cut at sentence boundaries around the answering sentence, which is
 * in bold.
 */
final class PassageExcerpt {
  private PassageExcerpt() {}

  /**
   * Escaped markdown of at most {@code limit} characters: the passage, or as much of it around the
   * answering sentence as {@code budget} allows, with that sentence bold.
   */
  static String withBoldSentence(String passage, String sentence, int budget, int limit) {
    String text = DiscordText.clean(passage);
    String answer = DiscordText.clean(sentence).strip();
    int raw = Math.min(budget, limit);
    while (raw >= 2) {
      String excerpt = markdown(Excerpts.around(text, answer, raw));
      if (excerpt.length() <= limit) {
        return excerpt;
      }
      // Escaping made it longer than the limit: cut the raw text by as much and try again.
      raw -= Math.max(1, excerpt.length() - limit);
    }
    return DiscordText.truncate(DiscordText.escape(answer.isEmpty() ? text : answer), limit);
  }

  private static String markdown(Excerpts.Excerpt excerpt) {
    String answer = excerpt.answer().strip();
    return DiscordText.escape(excerpt.before())
        + (answer.isEmpty() ? "" : "**" + DiscordText.escape(answer) + "**")
        + DiscordText.escape(excerpt.after());
  }
}
