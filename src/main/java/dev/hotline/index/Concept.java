package dev.hotline.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing a question asks about: what the user typed (one word, or a phrase with a multi-word
 * synonym such as "border war") with its alternative wordings, stemmed, and how much it tells (its
 * inverse document frequency).
 *
 * @param terms every term of every alternative, without repeats
 */
public record Concept(String word, List<List<String>> alternatives, float weight, Set<String> terms) {
  public Concept {
    alternatives = alternatives.stream().map(List::copyOf).toList();
    terms = Set.copyOf(terms);
  }

  public Concept(String word, List<List<String>> alternatives, float weight) {
    this(word, alternatives, weight, allTerms(alternatives));
  }

  private static Set<String> allTerms(List<List<String>> alternatives) {
    Set<String> terms = new LinkedHashSet<>();
    alternatives.forEach(terms::addAll);
    return terms;
  }

  /** How much of this concept a set of present terms covers: the best alternative's share. */
  public float coverage(Set<String> present) {
    float best = 0;
    for (List<String> alternative : alternatives) {
      long found = alternative.stream().filter(present::contains).count();
      best = Math.max(best, (float) found / alternative.size());
    }
    return best;
  }
}
