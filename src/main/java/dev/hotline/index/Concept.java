package dev.hotline.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing a question asks about: what the user typed (one word, or a phrase with a multi-word
 * synonym such as "border war") with its alternative wordings, stemmed, and how much it tells (its
 * inverse document frequency).
 *
 * @param typed whether the first alternative is the wording the user typed; the others are then
 *     synonyms, which count a little less
 * @param terms every term of every alternative, without repeats, in the order the alternatives give
 *     them: a match names its term by its place here ({@link TermMatch#termIndex()})
 */
public record Concept(
    String word, List<List<String>> alternatives, float weight, boolean typed, List<String> terms) {
  /** What a synonym's match is worth against the user's own word: "war" asked, "conflict" found. */
  public static final float SYNONYM_SHARE = 0.85f;

  public Concept {
    alternatives = alternatives.stream().map(List::copyOf).toList();
    terms = List.copyOf(terms);
  }

  public Concept(String word, List<List<String>> alternatives, float weight, boolean typed) {
    this(word, alternatives, weight, typed, allTerms(alternatives));
  }

  private static List<String> allTerms(List<List<String>> alternatives) {
    Set<String> terms = new LinkedHashSet<>();
    alternatives.forEach(terms::addAll);
    return List.copyOf(terms);
  }

  /** How much of this concept a set of present terms covers: the best alternative's share. */
  public float coverage(Set<String> present) {
    return coverage((java.util.function.Predicate<String>) present::contains);
  }

  /** How much of this concept the terms that {@code present} accepts cover. */
  public float coverage(java.util.function.Predicate<String> present) {
    float best = 0;
    // No alternative covers more than all of it: once one does, the rest need not be asked.
    for (int i = 0; i < alternatives.size() && best < 1f; i++) {
      List<String> alternative = alternatives.get(i);
      int found = 0;
      for (String term : alternative) {
        if (present.test(term)) {
          found++;
        }
      }
      best = Math.max(best, worth(i) * found / alternative.size());
    }
    return best;
  }

  /**
   * What a match of the {@code i}th alternative is worth: a synonym a little less than the word
   * typed, but an abbreviation and the words it stands for ("un", "united nations") name the same
   * thing, and count alike.
   */
  public float worth(int i) {
    if (!typed || i == 0) {
      return 1f;
    }
    List<String> asked = alternatives.get(0);
    List<String> other = alternatives.get(i);
    return abbreviates(asked, other) || abbreviates(other, asked) ? 1f : SYNONYM_SHARE;
  }

  /** Whether a one-word alternative is made of the first letters of a longer one's words. */
  private static boolean abbreviates(List<String> shortForm, List<String> longForm) {
    if (shortForm.size() != 1
        || longForm.size() < 2
        || shortForm.get(0).length() != longForm.size()) {
      return false;
    }
    String letters = shortForm.get(0);
    for (int w = 0; w < longForm.size(); w++) {
      if (longForm.get(w).isEmpty() || longForm.get(w).charAt(0) != letters.charAt(w)) {
        return false;
      }
    }
    return true;
  }
}
