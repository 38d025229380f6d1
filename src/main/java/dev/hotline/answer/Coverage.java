package dev.hotline.answer;

import dev.hotline.index.Concept;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
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

  /**
   * The least share of the question a context may leave open for {@link #beyond} to say anything: a
   * title that holds nearly all of it leaves one small word to decide.
   */
  static final double BEYOND_LEAST = 0.1;

  private final QuestionQuery query;
  private final double totalWeight;

  /**
   * Where each concept's terms begin among all the question's terms: a term of concept {@code c} at
   * index {@code t} of its terms is term {@code firstTerm[c] + t} of the question.
   */
  private final int[] firstTerm;

  /** Each concept's alternatives, their words as indices among the concept's terms. */
  private final int[][][] alternativeTerms;

  /** What a match of each concept's alternatives is worth ({@link Concept#worth}). */
  private final float[][] worths;

  /**
   * Which of the question's terms the matches being read hold, a bit each: one reading of the
   * matches serves every word of every alternative, with no list per concept. Reused by every call;
   * a coverage serves one question, on one thread.
   */
  private final long[] held;

  Coverage(QuestionQuery query) {
    this.query = query;
    // A word no article holds tells no passage from another; left in, it would shrink every
    // coverage beside the features that do not count words.
    this.totalWeight = query == null ? 0 : Math.max(query.knownWeight(), 1e-6f);
    int concepts = query == null ? 0 : query.concepts().size();
    this.firstTerm = new int[concepts];
    this.alternativeTerms = new int[concepts][][];
    this.worths = new float[concepts][];
    int terms = 0;
    for (int c = 0; c < concepts; c++) {
      Concept concept = query.concepts().get(c);
      firstTerm[c] = terms;
      terms += concept.terms().size();
      alternativeTerms[c] = new int[concept.alternatives().size()][];
      worths[c] = new float[concept.alternatives().size()];
      for (int i = 0; i < concept.alternatives().size(); i++) {
        worths[c][i] = concept.worth(i);
        List<String> alternative = concept.alternatives().get(i);
        int[] words = new int[alternative.size()];
        for (int w = 0; w < words.length; w++) {
          words[w] = concept.terms().indexOf(alternative.get(w));
        }
        alternativeTerms[c][i] = words;
      }
    }
    this.held = new long[(terms + 63) / 64];
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
   * Coverage of the matches in {@code [from, to)}, where a word missing there counts {@code share}
   * if {@code also} holds it: the question's terms some context holds, as {@link #termsIn} reads
   * them (or {@code null} for none).
   */
  double ofMatches(List<TermMatch> matches, int from, int to, long[] also, double share) {
    return byConcept(matches, from, to, also, share);
  }

  /**
   * Which of the question's terms {@code terms} holds, a bit each: read once for a title or an
   * event's description, and then asked of every word of every alternative as often as need be.
   */
  long[] termsIn(Set<String> terms) {
    long[] bits = new long[held.length];
    for (int c = 0; c < firstTerm.length; c++) {
      List<String> conceptTerms = query.concepts().get(c).terms();
      for (int t = 0; t < conceptTerms.size(); t++) {
        if (terms.contains(conceptTerms.get(t))) {
          int term = firstTerm[c] + t;
          bits[term >>> 6] |= 1L << term;
        }
      }
    }
    return bits;
  }

  /** Which of the question's concepts a {@link #termsIn} reading holds any of, a bit each. */
  long conceptsIn(long[] bits) {
    long concepts = 0;
    for (int c = 0; c < alternativeTerms.length && c < Long.SIZE; c++) {
      if (held(c, bits) > 0) {
        concepts |= 1L << c;
      }
    }
    return concepts;
  }

  /** The terms either of two {@link #termsIn} readings hold; {@code null} stands for none. */
  static long[] either(long[] a, long[] b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    long[] bits = a.clone();
    for (int i = 0; i < bits.length; i++) {
      bits[i] |= b[i];
    }
    return bits;
  }

  /** Whether a {@link #termsIn} reading holds the question's term {@code term}. */
  private static boolean has(long[] bits, int term) {
    return (bits[term >>> 6] & (1L << term)) != 0;
  }

  /**
   * {@link #ofTerms(Set)} of the set {@code bits} was read from (by {@link #termsIn}), to the last
   * bit.
   */
  double ofTerms(long[] bits) {
    if (query == null) {
      return 0;
    }
    double covered = 0;
    for (int c = 0; c < alternativeTerms.length; c++) {
      covered += query.concepts().get(c).weight() * held(c, bits);
    }
    return covered / totalWeight;
  }

  /**
   * What each concept is worth beyond a context (a {@link #termsIn} reading, e.g. an article's
   * title): its weight times the part of it the context lacks, for {@link #beyond}; {@code null}
   * when the context leaves less than {@link #BEYOND_LEAST} of the question.
   */
  double[] beyondWeights(long[] context) {
    if (query == null) {
      return null;
    }
    double[] open = new double[alternativeTerms.length];
    double asked = 0;
    for (int c = 0; c < open.length; c++) {
      open[c] = query.concepts().get(c).weight() * (1 - held(c, context));
      asked += open[c];
    }
    if (asked < BEYOND_LEAST * totalWeight) {
      return null;
    }
    for (int c = 0; c < open.length; c++) {
      open[c] /= asked;
    }
    return open;
  }

  /**
   * Coverage of the matches in {@code [from, to)} of what the question asks beyond a context, each
   * concept worth what {@link #beyondWeights} gives it: within an article about the thing asked,
   * the words that tell its events apart.
   */
  double beyond(List<TermMatch> matches, int from, int to, double[] beyondWeights) {
    hold(matches, from, to);
    double covered = 0;
    for (int c = 0; c < beyondWeights.length; c++) {
      if (beyondWeights[c] > 0) {
        covered += beyondWeights[c] * conceptCoverage(c, matches, from, to, null, 1);
      }
    }
    return covered;
  }

  /** How much of concept {@code c} alone its matches in {@code [from, to)} cover, 0..1. */
  double ofConcept(int c, List<TermMatch> matches, int from, int to) {
    hold(matches, from, to);
    return conceptCoverage(c, matches, from, to, null, 1);
  }

  /** How much of concept {@code c} alone a {@link #termsIn} reading holds, 0..1. */
  double ofConcept(int c, long[] bits) {
    return held(c, bits);
  }

  /**
   * How much of concept {@code c} a {@link #termsIn} reading holds, at its best alternative: as
   * Concept.coverage works it out, in floats.
   */
  private float held(int c, long[] bits) {
    int first = firstTerm[c];
    float best = 0;
    for (int i = 0; i < alternativeTerms[c].length && best < 1f; i++) {
      int[] alternative = alternativeTerms[c][i];
      int found = 0;
      for (int w = 0; w < alternative.length; w++) {
        if (has(bits, first + alternative[w])) {
          found++;
        }
      }
      best = Math.max(best, worths[c][i] * found / alternative.length);
    }
    return best;
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

  /**
   * An article's coverage in two lights: its topic, each concept at its best in the title or, at
   * {@code keyEventShare}, in the key events; and its text, each concept at its best in the body or
   * the title. The title is read once for both, and neither the key events nor the body are read
   * for a concept the title holds in full.
   */
  double[] ofArticle(
      Set<String> title, Set<String> keyEvents, double keyEventShare, Set<String> body) {
    if (query == null) {
      return new double[2];
    }
    double coveredTopic = 0;
    double coveredText = 0;
    for (Concept concept : query.concepts()) {
      float inTitle = concept.coverage(title);
      double topic = Math.max(0, 1.0 * inTitle);
      double text = 1;
      if (inTitle < 1f) {
        topic = Math.max(topic, keyEventShare * concept.coverage(keyEvents));
        text = Math.max(Math.max(0, 1.0 * concept.coverage(body)), 1.0 * inTitle);
      }
      coveredTopic += concept.weight() * topic;
      coveredText += concept.weight() * text;
    }
    return new double[] {coveredTopic / totalWeight, coveredText / totalWeight};
  }

  /**
   * Coverage of all the matches in two lights, as {@link #ofMatches(List, int, int, long[],
   * double)} gives it: a missing word counts {@code nearShare} where {@code near} (a {@link
   * #termsIn} reading) holds it, and in the second figure {@code farShare} where {@code near} or
   * {@code far} does. One reading of the matches serves both.
   */
  double[] ofMatchesNearAndFar(
      List<TermMatch> matches,
      long[] near,
      Predicate<String> far,
      double nearShare,
      double farShare) {
    if (query == null) {
      return new double[2];
    }
    hold(matches, 0, Integer.MAX_VALUE);
    double coveredNear = 0;
    double coveredFar = 0;
    for (int c = 0; c < alternativeTerms.length; c++) {
      Concept concept = query.concepts().get(c);
      int first = firstTerm[c];
      double bestNear = 0;
      double bestFar = 0;
      // No alternative covers more than all of it: once one does, the rest need not be read.
      for (int i = 0; i < alternativeTerms[c].length && (bestNear < 1 || bestFar < 1); i++) {
        int[] alternative = alternativeTerms[c][i];
        double worth = worths[c][i];
        int here = 0;
        int nearby = 0;
        int farther = 0;
        for (int w = 0; w < alternative.length; w++) {
          if (holds(first + alternative[w])) {
            here++;
          } else if (has(near, first + alternative[w])) {
            nearby++;
            farther++;
          } else if (far.test(concept.terms().get(alternative[w]))) {
            farther++;
          }
        }
        bestNear =
            Math.max(
                bestNear,
                worth
                    * fraction(
                        c, alternative, matches, 0, Integer.MAX_VALUE, here, nearby, nearShare));
        bestFar =
            Math.max(
                bestFar,
                worth
                    * fraction(
                        c, alternative, matches, 0, Integer.MAX_VALUE, here, farther, farShare));
      }
      coveredNear += concept.weight() * bestNear;
      coveredFar += concept.weight() * bestFar;
    }
    return new double[] {coveredNear / totalWeight, coveredFar / totalWeight};
  }

  private double byConcept(List<TermMatch> matches, int from, int to, long[] also, double share) {
    if (query == null) {
      return 0;
    }
    hold(matches, from, to);
    double covered = 0;
    for (int c = 0; c < alternativeTerms.length; c++) {
      Concept concept = query.concepts().get(c);
      covered += concept.weight() * conceptCoverage(c, matches, from, to, also, share);
    }
    return covered / totalWeight;
  }

  /** Marks in {@link #held} the terms of the matches that start in {@code [from, to)}. */
  private void hold(List<TermMatch> matches, int from, int to) {
    java.util.Arrays.fill(held, 0);
    for (int i = 0; i < matches.size(); i++) {
      TermMatch match = matches.get(i);
      if (match.start() >= from && match.start() < to) {
        int term = firstTerm[match.concept()] + match.termIndex();
        held[term >>> 6] |= 1L << term;
      }
    }
  }

  /** Whether the matches last marked hold the question's term {@code term}. */
  private boolean holds(int term) {
    return (held[term >>> 6] & (1L << term)) != 0;
  }

  /**
   * How much of concept {@code c} its matches in {@code [from, to)} cover, a phrase in full only
   * where its words meet; a word the text lacks counts {@code share} if its context ({@code also},
   * e.g. the title) holds it.
   */
  private double conceptCoverage(
      int c, List<TermMatch> matches, int from, int to, long[] also, double share) {
    int first = firstTerm[c];
    double best = 0;
    for (int i = 0; i < alternativeTerms[c].length && best < 1; i++) {
      int[] alternative = alternativeTerms[c][i];
      double worth = worths[c][i];
      int here = 0;
      int around = 0;
      for (int w = 0; w < alternative.length; w++) {
        if (holds(first + alternative[w])) {
          here++;
        } else if (also != null && has(also, first + alternative[w])) {
          around++;
        }
      }
      best =
          Math.max(best, worth * fraction(c, alternative, matches, from, to, here, around, share));
    }
    return best;
  }

  /**
   * How much of an alternative is found: {@code here} of its words in the text and {@code around}
   * only in its context, a phrase in full only where its words meet.
   */
  private static double fraction(
      int concept,
      int[] alternative,
      List<TermMatch> matches,
      int from,
      int to,
      int here,
      int around,
      double share) {
    double fraction = (here + share * around) / alternative.length;
    boolean phrase = alternative.length > 1;
    if (phrase
        && here == alternative.length
        && !together(concept, alternative, matches, from, to)) {
      fraction *= APART_SHARE;
    } else if (phrase && here + around < alternative.length) {
      fraction *= APART_SHARE;
    }
    return fraction;
  }

  /**
   * Whether every word of a phrase of concept {@code concept} stands within {@link #PHRASE_WINDOW}
   * of its first, among the matches in {@code [from, to)}.
   */
  private static boolean together(
      int concept, int[] phrase, List<TermMatch> matches, int from, int to) {
    for (int a = 0; a < matches.size(); a++) {
      TermMatch anchor = matches.get(a);
      if (!of(anchor, concept, phrase[0], from, to)) {
        continue;
      }
      boolean all = true;
      for (int w = 1; w < phrase.length; w++) {
        all &= near(matches, concept, phrase[w], from, to, anchor.start());
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match of the term starts in {@code [from, to)} within the window of {@code at}. */
  private static boolean near(
      List<TermMatch> matches, int concept, int term, int from, int to, int at) {
    for (int i = 0; i < matches.size(); i++) {
      TermMatch match = matches.get(i);
      if (of(match, concept, term, from, to) && Math.abs(match.start() - at) <= PHRASE_WINDOW) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match is of a concept's term and starts in {@code [from, to)}. */
  private static boolean of(TermMatch match, int concept, int term, int from, int to) {
    return match.concept() == concept
        && match.termIndex() == term
        && match.start() >= from
        && match.start() < to;
  }
}
