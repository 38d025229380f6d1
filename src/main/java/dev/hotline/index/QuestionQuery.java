package dev.hotline.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A question turned into concepts and the Lucene query that looks for them.
 *
 * @param unknownNames the concepts' words that neither the index nor the dictionary knows, nor
 *     anything spelled like them: names of things Hotline has never read of ("gladio")
 * @param deed the place in {@code concepts} of the verb a do-question turns on ("land" in "when
 *     did the exiles land"), or -1
 */
public record QuestionQuery(
    List<Concept> concepts, Query query, Set<String> unknownNames, int deed) {
  public QuestionQuery {
    concepts = List.copyOf(concepts);
    unknownNames = Set.copyOf(unknownNames);
  }

  /**
   * A question query whose unknown words, if any, may all be words of the language, turning on no
   * verb Hotline can tell.
   */
  public QuestionQuery(List<Concept> concepts, Query query) {
    this(concepts, query, Set.of(), -1);
  }

  /** The sum of the concepts' weights: what a passage matching all of them would cover. */
  public float totalWeight() {
    float total = 0;
    for (Concept concept : concepts) {
      total += concept.weight();
    }
    return total;
  }

  /** The weight of the concepts some passage may hold: all but the unknown words'. */
  public float knownWeight() {
    float known = 0;
    for (Concept concept : concepts) {
      if (!concept.alternatives().isEmpty()) {
        known += concept.weight();
      }
    }
    return known;
  }

  /**
   * The share of the question's weight in words the index has never seen, nor anything spelled like
   * them: often the very name asked about.
   */
  public double unknownShare() {
    float unknown = 0;
    for (Concept concept : concepts) {
      if (concept.alternatives().isEmpty()) {
        unknown += concept.weight();
      }
    }
    float total = totalWeight();
    return total <= 0 ? 0 : unknown / total;
  }

  /** The share of the question's weight in {@link #unknownNames}. */
  public double unknownNameShare() {
    float names = 0;
    for (Concept concept : concepts) {
      if (unknownNames.contains(concept.word())) {
        names += concept.weight();
      }
    }
    float total = totalWeight();
    return total <= 0 ? 0 : names / total;
  }

  /** Whether any concept has a wording that occurs in the index at all. */
  public boolean searchable() {
    return concepts.stream().anyMatch(c -> !c.alternatives().isEmpty());
  }
}
