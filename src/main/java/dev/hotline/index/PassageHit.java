package dev.hotline.index;

import dev.hotline.passage.Passage;
import java.util.List;

/** A passage found for a question, its search score and where the question's concepts occur in it. */
public record PassageHit(Passage passage, float score, List<TermMatch> matches) {
  public PassageHit {
    matches = List.copyOf(matches);
  }
}
