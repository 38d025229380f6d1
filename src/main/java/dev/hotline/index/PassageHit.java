package dev.hotline.index;

import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.util.List;
import java.util.Set;

/**
 * A passage found for a question, its search score, where the question's concepts occur in its
 * text, its sentences, the events it tells, what its article is about, and the terms of the
 * passages around it.
 */
public record PassageHit(
    Passage passage,
    float score,
    List<TermMatch> matches,
    List<Sentences.Span> sentences,
    List<EventHit> events,
    ArticleTerms article,
    List<Set<String>> neighbours) {
  public PassageHit {
    matches = List.copyOf(matches);
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    neighbours = List.copyOf(neighbours);
  }
}
