package dev.hotline.index;

import java.util.regex.Pattern;

/**
 * Phrases that only say "during" ("in the middle of its feud", "at the height of the crisis"),
 * written as that word: questions lose it as a word that only shapes them, where "middle" or
 * "height" would be searched for as if the articles told of one.
 */
final class DuringPhrases {
  private static final Pattern DURING =
      Pattern.compile(
          "(?i)\\b(?:in the (?:middle|midst|thick|course) of|at the (?:height|peak) of)\\b");

  private DuringPhrases() {}

  /** {@code question} with each such phrase as "during". */
  static String plain(String question) {
    return DURING.matcher(question).replaceAll("during");
  }
}
