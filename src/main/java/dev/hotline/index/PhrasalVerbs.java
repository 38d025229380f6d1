package dev.hotline.index;

import java.util.regex.Pattern;

/**
 * Phrasal verbs whose particle questions otherwise lose as a word that only shapes them ("over"),
 * written as the one word the synonym list knows them by: "took over" is "takeover", "took over
 * from" and "took the place of" are "replaced", "handed over" is "handover", "rolled into" a
 * country is "invaded".
 */
final class PhrasalVerbs {
  /** "Take over" in every form of the verb. */
  private static final String TAKE_OVER_WORDS = "(?i)\\b(?:take|takes|took|taken|taking) over";

  private static final Pattern TAKE_OVER_FROM = Pattern.compile(TAKE_OVER_WORDS + " from\\b");

  private static final Pattern TAKE_OVER = Pattern.compile(TAKE_OVER_WORDS + "\\b");

  /** "Take the place of": "place" alone is a word that only shapes a question ("take place"). */
  private static final Pattern TAKE_THE_PLACE_OF =
      Pattern.compile("(?i)\\b(?:take|takes|took|taken|taking) the place of\\b");

  private static final Pattern HAND_OVER =
      Pattern.compile("(?i)\\b(?:hand|hands|handed|handing) over\\b");

  /** Tanks "roll into" a country: "into" is a stop word, and "roll" alone says nothing of it. */
  private static final Pattern ROLL_INTO =
      Pattern.compile("(?i)\\b(?:roll|rolls|rolled|rolling) into\\b");

  private PhrasalVerbs() {}

  /** {@code question} with each such phrasal verb as its one word. */
  static String joined(String question) {
    String lower = question.toLowerCase(java.util.Locale.ROOT);
    String joined =
        lower.contains(" the place of")
            ? TAKE_THE_PLACE_OF.matcher(question).replaceAll("replaced")
            : question;
    if (lower.contains(" into")) {
      joined = ROLL_INTO.matcher(joined).replaceAll("invaded");
    }
    if (!lower.contains(" over")) {
      return joined;
    }
    // Taking over from someone is succeeding them, not seizing anything.
    joined = TAKE_OVER_FROM.matcher(joined).replaceAll("replaced");
    joined = TAKE_OVER.matcher(joined).replaceAll("takeover");
    return HAND_OVER.matcher(joined).replaceAll("handover");
  }
}
