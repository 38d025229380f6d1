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

  /** Whether the articles do not answer this question, so that the right reply is none. */
  public boolean unanswerable() {
    return "unanswerable".equals(type);
  }

  /**
   * Which of {@code parts} equal parts of a question file this question falls in (0-based), by its
   * id alone: the same question always lands in the same part, whatever file it is in.
   */
  public int part(int parts) {
    return Math.floorMod(id.hashCode() * 0x9E3779B1, parts);
  }

  /** "milestones", "seed" or "general": the part of {@code source} before any colon. */
  public String sourceKind() {
    int colon = source.indexOf(':');
    return colon < 0 ? source : source.substring(0, colon);
  }
}
