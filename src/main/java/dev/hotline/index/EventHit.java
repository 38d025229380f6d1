package dev.hotline.index;

import dev.hotline.passage.Event;
import java.util.Set;

/** An event of a found passage, with the analysed terms of its description. */
public record EventHit(Event event, Set<String> descriptionTerms) {
  public EventHit {
    descriptionTerms = TermSet.copyOf(descriptionTerms);
  }
}
