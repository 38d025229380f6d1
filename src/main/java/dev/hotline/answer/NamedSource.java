package dev.hotline.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A source (a site or publisher) a question names ("the Russian Life piece", "according to the
 * Office of the Historian"): its answer comes from that source's articles, and the name is not a
 * topic to search for.
 *
 * @param name the source as the index holds it
 * @param words where the question names it, with the words that point at it ("according to the …",
 *     "…'s"), to take out of the words searched
 */
record NamedSource(String name, Pattern words) {
  /** One short word ("Time", "Life") is too likely to be just a word of the question. */
  private static final int MIN_ONE_WORD_LENGTH = 8;

  /** The source among {@code sources} that {@code question} names, the longest name first. */
  static Optional<NamedSource> in(String question, List<String> sources) {
    String lower = question.toLowerCase(Locale.ROOT);
    NamedSource found = null;
    for (String source : sources) {
      // Most questions name no source: a look for its first and last words, before anything is
      // built, keeps the rest for the few that may (every question asks of every source).
      int firstEnd = source.indexOf(' ');
      if (firstEnd < 0 && source.length() < MIN_ONE_WORD_LENGTH
          || !lower.contains(
              source
                  .substring(0, firstEnd < 0 ? source.length() : firstEnd)
                  .toLowerCase(Locale.ROOT))
          || !lower.contains(
              source.substring(source.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String[] words = source.toLowerCase(Locale.ROOT).split("\\s+");
      Pattern named = Pattern.compile("\\b" + spaced(words) + "\\b");
      if (named.matcher(lower).find() && (found == null || source.length() > found.name.length())) {
        found =
            new NamedSource(
                source,
                Pattern.compile(
                    "(?:\\baccording to\\s+)?(?:\\bthe\\s+)?" + named.pattern() + "(?:['’]s\\b)?",
                    Pattern.CASE_INSENSITIVE));
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@code text} without the source's name; the text as it was when nothing else would remain. */
  String without(String text) {
    String rest = words.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    return rest.isBlank() ? text : rest;
  }

  private static String spaced(String[] words) {
    StringBuilder pattern = new StringBuilder();
    for (String word : words) {
      pattern.append(pattern.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
    }
    return pattern.toString();
  }
}
