package dev.hotline.answer;

import dev.hotline.index.Concept;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How much of a question a piece of text covers: the idf-weighted share of the question's concepts
 * it holds, a phrase ("border war", or its synonym "border clashes") counting in full only where
 * its words stand together.
 */
final class Coverage {
  /**
   * Characters within which the words of a phrase still read as that phrase ("war over their
   * border").
   */
  static final int PHRASE_WINDOW = 30;

  /** What a phrase's words are worth when they stand apart. */
  static final double APART_SHARE = 0.6;

  private final QuestionQuery query;
  private final double totalWeight;

  Coverage(QuestionQuery query) {
    this.query = query;
    this.totalWeight = query == null ? 0 : Math.max(query.totalWeight(), 1e-6f);
  }

  boolean empty() {
    return query == null;
  }

  int concepts() {
    return query == null ? 0 : query.concepts().size();
  }

  /** Coverage of the matches that lie in {@code [from, to)}. */
  double ofMatches(List<TermMatch> matches, int from, int to) {
    return byConcept(matches, from, to, null, 1);
  }

  /**
   * Coverage of the matches in {@code [from, to)}, where a concept missing there counts {@code
   * share} if {@code also} holds its terms.
   */
  double ofMatches(
      List<TermMatch> matches, int from, int to, Predicate<String> also, double share) {
    return byConcept(matches, from, to, also, share);
  }

  /** Coverage of a set of terms, such as a title or a description. */
  double ofTerms(Set<String> terms) {
    if (query == null) {
      return 0;
    }
    double covered = 0;
    for (Concept concept : query.concepts()) {
      covered += concept.weight() * concept.coverage(terms);
    }
    return covered / totalWeight;
  }

  /** Coverage where each concept counts as its best among several term sets, each at a share. */
  double ofTerms(List<Set<String>> sets, double[] shares) {
    if (query == null) {
      return 0;
    }
    double covered = 0;
    for (Concept concept : query.concepts()) {
      double best = 0;
      for (int i = 0; i < sets.size(); i++) {
        best = Math.max(best, shares[i] * concept.coverage(sets.get(i)));
      }
      covered += concept.weight() * best;
    }
    return covered / totalWeight;
  }

  /**
   * Coverage of all the matches in two lights, as two calls of {@link #ofMatches(List, int, int,
   * Predicate, double)} give it: a missing word counts {@code nearShare} where {@code near} holds
   * it, and in the second figure {@code farShare} where {@code near} or {@code far} does. One
   * reading serves both, and {@code near} is asked once a word.
   */
  double[] ofMatchesNearAndFar(
      List<TermMatch> matches,
      Predicate<String> near,
      Predicate<String> far,
      double nearShare,
      double farShare) {
    if (query == null) {
      return new double[2];
    }
    List<List<TermMatch>> byConcept = byConcept(matches, 0, Integer.MAX_VALUE);
    double coveredNear = 0;
    double coveredFar = 0;
    for (int c = 0; c < byConcept.size(); c++) {
      Concept concept = query.concepts().get(c);
      List<TermMatch> found = byConcept.get(c) == null ? List.of() : byConcept.get(c);
      double bestNear = 0;
      double bestFar = 0;
      for (int i = 0; i < concept.alternatives().size(); i++) {
        List<String> alternative = concept.alternatives().get(i);
        double worth = concept.typed() && i > 0 ? Concept.SYNONYM_SHARE : 1;
        int here = 0;
        int nearby = 0;
        int farther = 0;
        for (int w = 0; w < alternative.size(); w++) {
          String word = alternative.get(w);
          if (holds(found, word)) {
            here++;
          } else if (near.test(word)) {
            nearby++;
            farther++;
          } else if (far.test(word)) {
            farther++;
          }
        }
        bestNear =
            Math.max(bestNear, worth * fraction(alternative, found, here, nearby, nearShare));
        bestFar = Math.max(bestFar, worth * fraction(alternative, found, here, farther, farShare));
      }
      coveredNear += concept.weight() * bestNear;
      coveredFar += concept.weight() * bestFar;
    }
    return new double[] {coveredNear / totalWeight, coveredFar / totalWeight};
  }

  private double byConcept(
      List<TermMatch> matches, int from, int to, Predicate<String> also, double share) {
    if (query == null) {
      return 0;
    }
    List<List<TermMatch>> byConcept = byConcept(matches, from, to);
    double covered = 0;
    for (int i = 0; i < byConcept.size(); i++) {
      Concept concept = query.concepts().get(i);
      List<TermMatch> found = byConcept.get(i) == null ? List.of() : byConcept.get(i);
      covered += concept.weight() * conceptCoverage(concept, found, also, share);
    }
    return covered / totalWeight;
  }

  /** The matches in {@code [from, to)} of each concept, or {@code null} for a concept with none. */
  private List<List<TermMatch>> byConcept(List<TermMatch> matches, int from, int to) {
    List<List<TermMatch>> byConcept = new ArrayList<>(query.concepts().size());
    for (int i = 0; i < query.concepts().size(); i++) {
      byConcept.add(null);
    }
    for (TermMatch match : matches) {
      if (match.start() >= from && match.start() < to) {
        List<TermMatch> list = byConcept.get(match.concept());
        if (list == null) {
          list = new ArrayList<>(4);
          byConcept.set(match.concept(), list);
        }
        list.add(match);
      }
    }
    return byConcept;
  }

  /**
   * How much of one concept its matches cover, a phrase in full only where its words meet; a word
   * the text lacks counts {@code share} if its context ({@code also}, e.g. the title) holds it.
   */
  private static double conceptCoverage(
      Concept concept, List<TermMatch> matches, Predicate<String> also, double share) {
    if (matches.isEmpty() && also == null) {
      return 0;
    }
    double best = 0;
    // Indexed loops: these run for every word of every passage read, and an iterator each added up.
    for (int i = 0; i < concept.alternatives().size(); i++) {
      List<String> alternative = concept.alternatives().get(i);
      double worth = concept.typed() && i > 0 ? Concept.SYNONYM_SHARE : 1;
      int here = 0;
      int around = 0;
      for (int w = 0; w < alternative.size(); w++) {
        String word = alternative.get(w);
        if (holds(matches, word)) {
          here++;
        } else if (also != null && also.test(word)) {
          around++;
        }
      }
      best = Math.max(best, worth * fraction(alternative, matches, here, around, share));
    }
    return best;
  }

  /**
   * How much of an alternative is found: {@code here} of its words in the text and {@code around}
   * only in its context, a phrase in full only where its words meet.
   */
  private static double fraction(
      List<String> alternative, List<TermMatch> matches, int here, int around, double share) {
    double fraction = (here + share * around) / alternative.size();
    boolean phrase = alternative.size() > 1;
    if (phrase && here == alternative.size() && !together(alternative, matches)) {
      fraction *= APART_SHARE;
    } else if (phrase && here + around < alternative.size()) {
      fraction *= APART_SHARE;
    }
    return fraction;
  }

  /** Whether one of the matches is of {@code term}: a few matches, so a scan beats a set. */
  private static boolean holds(List<TermMatch> matches, String term) {
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).term().equals(term)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of {@code phrase} stands within {@link #PHRASE_WINDOW} of its first. */
  private static boolean together(List<String> phrase, List<TermMatch> matches) {
    for (int a = 0; a < matches.size(); a++) {
      TermMatch anchor = matches.get(a);
      if (!anchor.term().equals(phrase.get(0))) {
        continue;
      }
      boolean all = true;
      for (int w = 1; w < phrase.size(); w++) {
        all &= near(matches, phrase.get(w), anchor.start());
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match of {@code term} starts within {@link #PHRASE_WINDOW} of {@code at}. */
  private static boolean near(List<TermMatch> matches, String term, int at) {
    for (int i = 0; i < matches.size(); i++) {
      TermMatch match = matches.get(i);
      if (match.term().equals(term) && Math.abs(match.start() - at) <= PHRASE_WINDOW) {
        return true;
      }
    }
    return false;
  }
}
