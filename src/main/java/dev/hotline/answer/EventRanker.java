package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.index.EventHit;
import dev.hotline.index.PassageHit;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
import dev.hotline.passage.Event;
import dev.hotline.passage.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks the events of found passages as answers to a question, with the whole article in view:
 * which article is about what was asked, which passage tells it, and which of its events — the
 * one whose own clause holds the question's words, at the end of it the question asks for.
 */
final class EventRanker {
  /** How much a concept found only in the article's title counts for a passage. */
  static final double TITLE_SHARE = 0.7;

  /** How much a concept found only among the article's listed key events counts for its topic. */
  static final double KEY_EVENT_SHARE = 0.8;

  /** How much a concept found only in a neighbouring passage counts. */
  static final double NEIGHBOUR_SHARE = 0.7;

  /** Characters over which the nearness of a date to a matched word fades by half. */
  static final double NEARNESS_SCALE = 60;

  /** Events whose subject covers this share of their article's best one are about the same thing. */
  static final double SAME_SUBJECT = 0.75;

  /** How much the sentence around an event says about what the event is about. */
  static final double SENTENCE_SUBJECT = 0.9;

  /** Words that place a clause's time by another event. */
  private static final Pattern TIME_LINK =
      Pattern.compile("\\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Uu]ntil|[Pp]rior to)\\b");

  /** Characters after such a word within which the other event is named. */
  static final int TIME_LINK_REACH = 40;

  private static final int FEATURES = Feature.values().length;

  private final Map<PassageHit, int[]> timeLinks = new IdentityHashMap<>();
  private final Map<PassageHit, int[][]> cueWords = new IdentityHashMap<>();

  /** Characters within which a start or end word belongs to the question's words. */
  static final int CUE_REACH = 30;

  private final ParsedQuestion question;
  private final Coverage coverage;
  private final double[] weights;

  EventRanker(ParsedQuestion question, QuestionQuery query, double[] weights) {
    this.question = question;
    this.coverage = new Coverage(query);
    this.weights = weights;
  }

  /**
   * A passage as an answer: its best event (if it tells one that may answer), the date, the
   * score, how much of the question the passage covers, and the sentence to show.
   */
  record Ranked(
      PassageHit hit,
      Optional<Event> event,
      Optional<DateMention> date,
      double score,
      double coverage,
      double sentenceCoverage,
      String sentence) {}

  /** One way a passage could answer: with one of its events, or with no event of its own. */
  private static final class Option {
    final PassageHit hit;
    final EventHit event;
    final DateMention date;
    final double[] features = new double[FEATURES];
    /** How much of the question the event is about, its article's title helping. */
    final double subject;

    double score;

    Option(PassageHit hit, EventHit event, DateMention date, double subject) {
      this.hit = hit;
      this.event = event;
      this.date = date;
      this.subject = subject;
    }
  }

  /** The passages, best first, each with its best event among those {@code eligible}. */
  List<Ranked> rank(List<PassageHit> hits, Predicate<DateMention> eligible) {
    float bestSearch = 0;
    for (PassageHit hit : hits) {
      bestSearch = Math.max(bestSearch, hit.score());
    }
    List<Option> options = new ArrayList<>();
    Map<PassageHit, double[]> passageFeatures = new IdentityHashMap<>();
    for (PassageHit hit : hits) {
      double[] shared = passageFeatures(hit, bestSearch);
      passageFeatures.put(hit, shared);
      boolean any = false;
      for (EventHit event : hit.events()) {
        if (eligible.test(event.event().date())) {
          options.add(eventOption(hit, event, shared));
          any = true;
        }
      }
      if (!any) {
        DateMention leading = hit.passage().leadingDate();
        Option undated =
            new Option(hit, null, leading != null && eligible.test(leading) ? leading : null, 0);
        System.arraycopy(shared, 0, undated.features, 0, FEATURES);
        // With no date of its own, the passage's best sentence is what it tells.
        undated.features[Feature.CLAUSE.ordinal()] = shared[Feature.SENTENCE.ordinal()];
        undated.features[Feature.EVENT_SENTENCE.ordinal()] = shared[Feature.SENTENCE.ordinal()];
        undated.features[Feature.UNDATED.ordinal()] = 1;
        if (undated.date != null) {
          undated.features[Feature.PRECISION.ordinal()] = precision(undated.date);
        }
        options.add(undated);
      }
    }
    markChronology(options);
    Map<PassageHit, Option> best = new IdentityHashMap<>();
    for (Option option : options) {
      option.score = score(option.features);
      best.merge(option.hit, option, (a, b) -> b.score > a.score ? b : a);
    }
    if (System.getProperty("hotline.explain") != null) {
      options.stream().sorted(Comparator.comparingDouble((Option o) -> -o.score)).limit(8).forEach(o -> {
        StringBuilder sb = new StringBuilder(String.format("%.3f %s %s | ", o.score, o.date == null ? "-" : o.date.iso(), o.hit.passage().title()));
        for (Feature f : Feature.values()) sb.append(String.format("%s=%.2f ", f.name().substring(0, Math.min(6, f.name().length())), o.features[f.ordinal()]));
        sb.append("| ").append(o.event == null ? "" : o.event.event().description());
        System.err.println(sb);
      });
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Option option : best.values()) {
      ranked.add(
          new Ranked(
              option.hit,
              Optional.ofNullable(option.event).map(EventHit::event),
              Optional.ofNullable(option.date),
              option.score,
              passageFeatures.get(option.hit)[Feature.PASSAGE.ordinal()],
              passageFeatures.get(option.hit)[Feature.SENTENCE.ordinal()],
              sentence(option)));
    }
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> r.hit().passage().id()));
    return ranked;
  }

  /** The event of the same article that ends what {@code start} began, if one tells it. */
  Optional<Event> endOf(Ranked start, List<PassageHit> hits) {
    if (start.event().isEmpty()) {
      return Optional.empty();
    }
    Event begun = start.event().get();
    double subject = 0;
    List<Option> ends = new ArrayList<>();
    for (PassageHit hit : hits) {
      if (!hit.passage().articleId().equals(begun.articleId())) {
        continue;
      }
      for (EventHit event : hit.events()) {
        Option option = eventOption(hit, event, new double[FEATURES]);
        subject = Math.max(subject, option.subject);
        if (Cues.told(toldText(option)) < 0
            && event.event().date().value().from().isAfter(begun.date().value().from())) {
          ends.add(option);
        }
      }
    }
    final double best = subject;
    return ends.stream()
        .filter(o -> o.subject >= SAME_SUBJECT * best)
        .max(Comparator.comparingDouble((Option o) -> o.subject))
        .map(o -> o.event.event());
  }

  private double score(double[] features) {
    double score = 0;
    for (int i = 0; i < FEATURES; i++) {
      score += weights[i] * features[i];
    }
    return score;
  }

  /** What every option of one passage shares. */
  private double[] passageFeatures(PassageHit hit, float bestSearch) {
    double[] f = new double[FEATURES];
    f[Feature.SEARCH.ordinal()] = bestSearch > 0 ? hit.score() / bestSearch : 0;
    f[Feature.PASSAGE.ordinal()] =
        coverage.ofMatches(
            hit.matches(), 0, Integer.MAX_VALUE, hit.article().title()::contains, TITLE_SHARE);
    double bestSentence = 0;
    for (Sentences.Span sentence : hit.sentences()) {
      bestSentence =
          Math.max(bestSentence, coverage.ofMatches(hit.matches(), sentence.start(), sentence.end()));
    }
    f[Feature.SENTENCE.ordinal()] = bestSentence;
    f[Feature.ARTICLE_TOPIC.ordinal()] =
        coverage.ofTerms(
            List.of(hit.article().title(), hit.article().keyEvents()),
            new double[] {1, KEY_EVENT_SHARE});
    f[Feature.ARTICLE_TEXT.ordinal()] =
        coverage.ofTerms(List.of(hit.article().body(), hit.article().title()), new double[] {1, 1});
    f[Feature.NEIGHBOURHOOD.ordinal()] =
        coverage.ofMatches(
            hit.matches(), 0, Integer.MAX_VALUE, around(hit), NEIGHBOUR_SHARE);
    return f;
  }

  /** Whether the passages around a hit, or its title, hold a term. */
  private static Predicate<String> around(PassageHit hit) {
    return term -> {
      if (hit.article().title().contains(term)) {
        return true;
      }
      for (Set<String> neighbour : hit.neighbours()) {
        if (neighbour.contains(term)) {
          return true;
        }
      }
      return false;
    };
  }

  private Option eventOption(PassageHit hit, EventHit eventHit, double[] shared) {
    Event event = eventHit.event();
    double clause;
    double subject;
    double inSentence = 0;
    double nearness = 0;
    Predicate<String> described =
        event.declared() ? eventHit.descriptionTerms()::contains : term -> false;
    List<TermMatch> own = own(hit, event);
    if (event.told()) {
      clause = coverage.ofMatches(own, event.clauseStart(), event.clauseEnd(), described, 1);
      subject =
          coverage.ofMatches(
              own,
              event.clauseStart(),
              event.clauseEnd(),
              described.or(hit.article().title()::contains),
              TITLE_SHARE);
      Sentences.Span sentence = sentenceAt(hit.sentences(), event.date().start());
      if (sentence != null) {
        inSentence = coverage.ofMatches(hit.matches(), sentence.start(), sentence.end());
      }
      nearness = nearness(event.date(), hit);
    } else {
      clause = coverage.ofTerms(eventHit.descriptionTerms());
      subject = clause;
    }
    // What the sentence is about, its clauses go on telling ("the war, which began in October,
    // humiliated India; China declared a ceasefire in November").
    subject = Math.max(subject, SENTENCE_SUBJECT * inSentence);
    Option option = new Option(hit, eventHit, event.date(), subject);
    System.arraycopy(shared, 0, option.features, 0, FEATURES);
    double[] f = option.features;
    f[Feature.CLAUSE.ordinal()] = clause;
    f[Feature.EVENT_SENTENCE.ordinal()] = inSentence;
    f[Feature.NEARNESS.ordinal()] = nearness;
    f[Feature.CUE.ordinal()] =
        question.aspect() == Aspect.ANY ? 0 : cue(toldEnd(hit, eventHit, own));
    f[Feature.PRECISION.ordinal()] = precision(event.date());
    f[Feature.DECLARED.ordinal()] = event.declared() ? 1 : 0;
    f[Feature.RELATIVE.ordinal()] = event.date().relative() ? 1 : 0;
    return option;
  }

  /**
   * The matches without those that a clause names only to time something else by ("on November
   * 12, two days after Brezhnev's death", "In April 1953, after the death of Stalin"): words
   * following "after" or "before" when the date stands before that word.
   */
  private List<TermMatch> own(PassageHit hit, Event event) {
    return event.told() ? withoutTimedByOthers(hit, event.date()) : hit.matches();
  }

  private List<TermMatch> withoutTimedByOthers(PassageHit hit, DateMention date) {
    int[] links = timeLinks.computeIfAbsent(hit, EventRanker::timeLinks);
    if (links.length == 0 || date.start() < 0) {
      return hit.matches();
    }
    List<TermMatch> kept = new ArrayList<>(hit.matches().size());
    for (TermMatch match : hit.matches()) {
      boolean timedByOther = false;
      for (int link : links) {
        if (link > date.start()
            && link < match.start()
            && match.start() - link <= TIME_LINK_REACH) {
          timedByOther = true;
          break;
        }
      }
      if (!timedByOther) {
        kept.add(match);
      }
    }
    return kept;
  }

  private static int[] timeLinks(PassageHit hit) {
    Matcher m = TIME_LINK.matcher(hit.passage().text());
    List<Integer> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.start());
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Which end of what was asked an event tells: a start or end word beside the question's words in
   * its clause ("the Korean War began"), or in its listed description; 0 for neither or both.
   */
  private int toldEnd(PassageHit hit, EventHit eventHit, List<TermMatch> own) {
    Event event = eventHit.event();
    if (event.declared()) {
      int described = Cues.told(event.description());
      if (described != 0 && coverage.ofTerms(eventHit.descriptionTerms()) > 0) {
        return described;
      }
    }
    if (!event.told()) {
      return 0;
    }
    int[][] cues = cueWords.computeIfAbsent(hit, h -> Cues.toldAt(h.passage().text()));
    boolean start = false;
    boolean end = false;
    for (int[] cue : cues) {
      if (cue[0] < event.clauseStart() || cue[0] >= event.clauseEnd()) {
        continue;
      }
      for (TermMatch match : own) {
        if (match.start() >= event.clauseStart()
            && match.start() < event.clauseEnd()
            && Math.abs(match.start() - cue[0]) <= CUE_REACH) {
          start |= cue[1] > 0;
          end |= cue[1] < 0;
        }
      }
    }
    return start == end ? 0 : start ? 1 : -1;
  }

  /** The words that tell an event: its clause, and its listed description. */
  private static String toldText(Option option) {
    Event event = option.event.event();
    String clause =
        event.told()
            ? option.hit.passage().text().substring(event.clauseStart(), event.clauseEnd())
            : "";
    return event.declared() ? clause + " " + event.description() : clause;
  }

  private double cue(int told) {
    return switch (question.aspect()) {
      case START, SPAN -> told;
      case END -> -told;
      case ANY -> 0;
    };
  }

  /**
   * Marks, in each article, the earliest (or for an end, the latest) of the events about what was
   * asked: a war's start is its first event, its end its last.
   */
  private void markChronology(List<Option> options) {
    if (question.aspect() == Aspect.ANY) {
      return;
    }
    Map<String, Double> bestSubject = new HashMap<>();
    for (Option o : options) {
      if (o.event != null && o.subject > 0) {
        bestSubject.merge(o.hit.passage().articleId(), o.subject, Math::max);
      }
    }
    Map<String, Option> extreme = new HashMap<>();
    boolean latest = question.aspect() == Aspect.END;
    for (Option o : options) {
      if (o.event == null || o.subject <= 0) {
        continue;
      }
      String article = o.hit.passage().articleId();
      if (o.subject < SAME_SUBJECT * bestSubject.get(article)) {
        continue;
      }
      extreme.merge(
          article,
          o,
          (a, b) -> {
            int order = b.date.value().from().compareTo(a.date.value().from());
            return (latest ? order > 0 : order < 0) ? b : a;
          });
    }
    for (Option o : extreme.values()) {
      o.features[Feature.CHRONOLOGY.ordinal()] = 1;
    }
  }

  private static double precision(DateMention date) {
    return switch (date.granularity()) {
      case DAY -> 1;
      case MONTH -> 0.8;
      case SEASON -> 0.5;
      case YEAR -> 0.4;
      case DECADE -> 0;
    };
  }

  private static double nearness(DateMention date, PassageHit hit) {
    int nearest = Integer.MAX_VALUE;
    for (var match : hit.matches()) {
      int distance =
          match.start() >= date.end()
              ? match.start() - date.end()
              : Math.max(0, date.start() - match.end());
      nearest = Math.min(nearest, distance);
    }
    return nearest == Integer.MAX_VALUE ? 0 : NEARNESS_SCALE / (NEARNESS_SCALE + nearest);
  }

  private String sentence(Option option) {
    String text = option.hit.passage().text();
    List<Sentences.Span> sentences = option.hit.sentences();
    if (sentences.isEmpty()) {
      return text;
    }
    if (option.event != null && option.event.event().told()) {
      Sentences.Span at = sentenceAt(sentences, option.event.event().date().start());
      if (at != null) {
        return at.of(text);
      }
    }
    Sentences.Span best = sentences.get(0);
    double bestCoverage = -1;
    for (Sentences.Span sentence : sentences) {
      double c = coverage.ofMatches(option.hit.matches(), sentence.start(), sentence.end());
      if (c > bestCoverage) {
        bestCoverage = c;
        best = sentence;
      }
    }
    return best.of(text);
  }

  private static Sentences.Span sentenceAt(List<Sentences.Span> sentences, int offset) {
    if (offset < 0 || sentences.isEmpty()) {
      return null;
    }
    for (Sentences.Span sentence : sentences) {
      if (offset < sentence.end()) {
        return sentence;
      }
    }
    return sentences.get(sentences.size() - 1);
  }
}
