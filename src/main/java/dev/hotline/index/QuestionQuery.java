package dev.hotline.index;

import java.util.List;
import org.apache.lucene.search.Query;

/** A question turned into concepts and the Lucene query that looks for them. */
public record QuestionQuery(List<Concept> concepts, Query query) {
  public QuestionQuery {
    concepts = List.copyOf(concepts);
  }

  /** The sum of the concepts' weights: what a passage matching all of them would cover. */
  public float totalWeight() {
    float total = 0;
    for (Concept concept : concepts) {
      total += concept.weight();
    }
    return total;
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

  /** Whether any concept has a wording that occurs in the index at all. */
  public boolean searchable() {
    return concepts.stream().anyMatch(c -> !c.alternatives().isEmpty());
  }
}
