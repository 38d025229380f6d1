package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.Granularity;
import dev.hotline.index.Concept;
import dev.hotline.index.PassageHit;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores a found passage as an answer to a question: how much of the question it covers, and for
 * "when" questions, whether one of its dates sits beside the words the question asks about — so the
 * answer's date is the event's, not merely the first number in the text.
 */
final class PassageScorer {
  /** Share of the final score from the search engine's own ranking. */
  static final double SEARCH_WEIGHT = 0.15;

  /** Share from how much of the question's weight the passage covers. */
  static final double COVERAGE_WEIGHT = 0.4;

  /** Share from the one sentence that covers most of the question: the answer is usually there. */
  static final double SENTENCE_WEIGHT = 0.35;

  /** Extra for "when" questions from how well the best date is tied to the question's words. */
  static final double DATE_WEIGHT = 0.5;

  /**
   * How much a concept found only in the article's title counts: the passage's context, not its
   * text.
   */
  static final double TITLE_SHARE = 0.7;

  /**
   * Characters within which the words of a phrase still read as that phrase ("war over their
   * border").
   */
  static final int PHRASE_WINDOW = 30;

  /** What a phrase's words are worth when they stand apart in the passage. */
  static final double APART_SHARE = 0.6;

  /** How well a date inherited from an earlier passage answers: known, but not said here. */
  static final double LEADING_DATE_SCORE = 0.3;

  /** Characters over which nearness of a date to a matched word fades by half. */
  static final double NEARNESS_SCALE = 60;

  private final ParsedQuestion question;
  private final QuestionQuery query;
  private final float totalWeight;

  PassageScorer(ParsedQuestion question, QuestionQuery query) {
    this.question = question;
    this.query = query;
    this.totalWeight = query == null ? 0 : Math.max(query.totalWeight(), 1e-6f);
  }

  /** A passage with its score, coverage, answering date and sentence. */
  record Scored(
      PassageHit hit, double score, double coverage, Optional<DateMention> date, String sentence) {}

  Scored score(PassageHit hit, float bestSearchScore, Predicate<DateMention> eligibleDate) {
    Passage passage = hit.passage();
    List<Sentences.Span> sentences = hit.sentences();
    double coverage = Math.max(coverage(hit.matches(), m -> true), withTitle(hit));
    double[] perSentence = sentenceCoverage(sentences, hit.matches());
    Optional<DateMention> bestDate = Optional.empty();
    double bestDateScore = -1;
    for (DateMention date : passage.dates()) {
      if (!eligibleDate.test(date)) {
        continue;
      }
      double dateScore =
          dateScore(
              date,
              hit.matches(),
              sentences.isEmpty() ? 0 : perSentence[sentenceIndex(sentences, date.start())]);
      if (dateScore > bestDateScore) {
        bestDateScore = dateScore;
        bestDate = Optional.of(date);
      }
    }
    boolean leading = false;
    if (bestDate.isEmpty()
        && passage.leadingDate() != null
        && eligibleDate.test(passage.leadingDate())) {
      // No date of its own: the passage still speaks of the time the article last named.
      bestDate = Optional.of(passage.leadingDate());
      bestDateScore = LEADING_DATE_SCORE;
      leading = true;
    }
    double search = bestSearchScore > 0 ? hit.score() / bestSearchScore : 0;
    double bestSentence = 0;
    for (double sentenceCoverage : perSentence) {
      bestSentence = Math.max(bestSentence, sentenceCoverage);
    }
    double score =
        SEARCH_WEIGHT * search + COVERAGE_WEIGHT * coverage + SENTENCE_WEIGHT * bestSentence;
    if (wantsDate()) {
      score += bestDate.isPresent() ? DATE_WEIGHT * bestDateScore : -DATE_WEIGHT / 2;
    }
    String sentence =
        answeringSentence(
            passage.text(), sentences, perSentence, leading ? Optional.empty() : bestDate);
    return new Scored(hit, score, coverage, bestDate, sentence);
  }

  private boolean wantsDate() {
    return question.type() == QuestionType.WHEN
        || question.type() == QuestionType.PUBLISHED
        || question.type() == QuestionType.IN_PERIOD
        || question.type() == QuestionType.ON_THIS_DAY;
  }

  /**
   * Weighted share of the question's concepts present among {@code matches} that pass {@code
   * where}.
   */
  private double coverage(List<TermMatch> matches, Predicate<TermMatch> where) {
    if (query == null) {
      return 0;
    }
    Map<Integer, List<TermMatch>> byConcept = byConcept(matches, where);
    double covered = 0;
    for (Map.Entry<Integer, List<TermMatch>> entry : byConcept.entrySet()) {
      Concept concept = query.concepts().get(entry.getKey());
      covered += concept.weight() * conceptCoverage(concept, entry.getValue());
    }
    return covered / totalWeight;
  }

  /** Coverage when the title's terms count too, at {@link #TITLE_SHARE}. */
  private double withTitle(PassageHit hit) {
    if (query == null || hit.titleTerms().isEmpty()) {
      return 0;
    }
    Map<Integer, List<TermMatch>> body = byConcept(hit.matches(), m -> true);
    double covered = 0;
    for (int i = 0; i < query.concepts().size(); i++) {
      Concept concept = query.concepts().get(i);
      double inBody = conceptCoverage(concept, body.getOrDefault(i, List.of()));
      double inTitle = TITLE_SHARE * concept.coverage(hit.titleTerms());
      covered += concept.weight() * Math.max(inBody, inTitle);
    }
    return covered / totalWeight;
  }

  private static Map<Integer, List<TermMatch>> byConcept(
      List<TermMatch> matches, Predicate<TermMatch> where) {
    Map<Integer, List<TermMatch>> byConcept = new HashMap<>();
    for (TermMatch match : matches) {
      if (where.test(match)) {
        byConcept.computeIfAbsent(match.concept(), c -> new ArrayList<>()).add(match);
      }
    }
    return byConcept;
  }

  /**
   * How much of one concept its matches cover: a phrase ("border war", or its synonym "border
   * clashes") counts in full only where its words stand close together.
   */
  private static double conceptCoverage(Concept concept, List<TermMatch> matches) {
    Set<String> present = new HashSet<>();
    matches.forEach(m -> present.add(m.term()));
    double best = 0;
    for (int i = 0; i < concept.alternatives().size(); i++) {
      List<String> alternative = concept.alternatives().get(i);
      double worth = concept.typed() && i > 0 ? Concept.SYNONYM_SHARE : 1;
      long found = alternative.stream().filter(present::contains).count();
      double share = (double) found / alternative.size();
      if (alternative.size() > 1
          && !(found == alternative.size() && together(alternative, matches))) {
        share *= APART_SHARE;
      }
      best = Math.max(best, worth * share);
    }
    return best;
  }

  /**
   * Whether every word of {@code phrase} occurs within {@link #PHRASE_WINDOW} characters of one of
   * its first word.
   */
  private static boolean together(List<String> phrase, List<TermMatch> matches) {
    for (TermMatch anchor : matches) {
      if (!anchor.term().equals(phrase.get(0))) {
        continue;
      }
      boolean all = true;
      for (String word : phrase.subList(1, phrase.size())) {
        all &=
            matches.stream()
                .anyMatch(
                    m ->
                        m.term().equals(word)
                            && Math.abs(m.start() - anchor.start()) <= PHRASE_WINDOW);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * How strongly a date belongs to what is asked: the question's words in its sentence, and near
   * it.
   */
  private double dateScore(DateMention date, List<TermMatch> matches, double inSentence) {
    int nearest = Integer.MAX_VALUE;
    for (TermMatch match : matches) {
      int distance =
          match.start() >= date.end()
              ? match.start() - date.end()
              : Math.max(0, date.start() - match.end());
      nearest = Math.min(nearest, distance);
    }
    double nearness =
        nearest == Integer.MAX_VALUE ? 0 : NEARNESS_SCALE / (NEARNESS_SCALE + nearest);
    return 0.6 * inSentence + 0.25 * nearness + precisionBonus(date);
  }

  private static double precisionBonus(DateMention date) {
    double bonus =
        switch (date.granularity()) {
          case DAY -> 0.25;
          case MONTH -> 0.2;
          case SEASON, YEAR -> 0.1;
          case DECADE -> 0.0;
        };
    return date.relative() ? bonus - 0.03 : bonus;
  }

  private String answeringSentence(
      String text,
      List<Sentences.Span> sentences,
      double[] perSentence,
      Optional<DateMention> date) {
    if (sentences.isEmpty()) {
      return text;
    }
    if (date.isPresent() && wantsDate()) {
      return sentences.get(sentenceIndex(sentences, date.get().start())).of(text);
    }
    int best = 0;
    for (int i = 1; i < perSentence.length; i++) {
      if (perSentence[i] > perSentence[best]) {
        best = i;
      }
    }
    return sentences.get(best).of(text);
  }

  /** Each sentence's coverage of the question, from one pass over the matches. */
  private double[] sentenceCoverage(List<Sentences.Span> sentences, List<TermMatch> matches) {
    List<List<TermMatch>> bySentence = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    if (!sentences.isEmpty()) {
      for (TermMatch match : matches) {
        bySentence.get(sentenceIndex(sentences, match.start())).add(match);
      }
    }
    double[] coverage = new double[sentences.size()];
    for (int i = 0; i < coverage.length; i++) {
      coverage[i] = bySentence.get(i).isEmpty() ? 0 : coverage(bySentence.get(i), m -> true);
    }
    return coverage;
  }

  /** The sentence holding {@code offset}; the last one for an offset past the end. */
  private static int sentenceIndex(List<Sentences.Span> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i).end()) {
        return i;
      }
    }
    return sentences.size() - 1;
  }

  /** Dates that can answer an "on this day" question for {@code day}. */
  static Predicate<DateMention> onDay(MonthDay day) {
    return d -> d.granularity() == Granularity.DAY && MonthDay.from(d.value().from()).equals(day);
  }
}
