package dev.hotline.eval;

import java.util.List;

/** One development question with what a right answer must hold (see the eval file's README). */
public record EvalQuestion(
    String id,
    String question,
    String answerDate,
    List<String> dateAlternatives,
    List<String> keywords,
    String source,
    String type) {

  public EvalQuestion {
    dateAlternatives = List.copyOf(dateAlternatives);
    keywords = List.copyOf(keywords);
  }

  /** "milestones", "seed" or "general": the part of {@code source} before any colon. */
  public String sourceKind() {
    int colon = source.indexOf(':');
    return colon < 0 ? source : source.substring(0, colon);
  }
}
