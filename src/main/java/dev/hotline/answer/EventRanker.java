package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import dev.hotline.index.EventHit;
import dev.hotline.index.PassageHit;
import dev.hotline.index.QuestionQuery;
import dev.hotline.index.TermMatch;
import dev.hotline.passage.Event;
import dev.hotline.passage.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks the events of found passages as answers to a question, with the whole article in view:
 * which article is about what was asked, which passage tells it, and which of its events — the one
 * whose own clause holds the question's words, at the end of it the question asks for.
 */
final class EventRanker {
  /** How much a concept found only in the article's title counts for a passage. */
  static final double TITLE_SHARE = 0.7;

  /** How much a concept found only among the article's listed key events counts for its topic. */
  static final double KEY_EVENT_SHARE = 0.8;

  /** How much a concept found only in a neighbouring passage counts. */
  static final double NEIGHBOUR_SHARE = 0.7;

  /**
   * How much of the question the story after an event's sentence, or the words its clause points
   * back to, tell for it.
   */
  static final double STORY_SHARE = 0.8;

  /**
   * The share of the question an article's title must hold for the article to be about what was
   * asked, so that the words its title lacks tell its events apart ({@link
   * Feature#CLAUSE_BEYOND_TITLE}).
   */
  static final double TITLE_ABOUT = 0.3;

  /** Characters over which the nearness of a date to a matched word fades by half. */
  static final double NEARNESS_SCALE = 60;

  /**
   * Events whose subject covers this share of their article's best one are about the same thing.
   */
  static final double SAME_SUBJECT = 0.75;

  /** How much telling a start (or an end, against) counts when the question names neither. */
  static final double ANY_END_SHARE = 0.5;

  /** How much the sentence around an event says about what the event is about. */
  static final double SENTENCE_SUBJECT = 0.9;

  /** The most characters that join the two dates of a range ("1961–1969", "May 5 to June 1"). */
  private static final int RANGE_LINK = 10;

  /** Passages whose events are read closely, the likeliest by their shared features. */
  static final int CLOSE_READING = 15;

  /** A coverage that leaves nothing of the question out, allowing for rounding. */
  private static final double WHOLE = 0.999;

  private static final int FEATURES = Feature.values().length;

  private final ParsedQuestion question;
  private final Coverage coverage;
  private final AskedThing thing;
  private final double[] weights;

  /** The concept the question's verb gives, or -1. */
  private final int deed;

  /** Whether the question asks what a term means, so a sentence defining it answers best. */
  private final boolean meaningAsked;

  /** Whether the question asks of an offer or a proposal, which words offering then tell. */
  private final boolean intentAsked;

  /** Whether the question asks of something not done, which words denying then tell. */
  private final boolean denialAsked;

  /** Whether the question asks of a death (see {@link ReadPassage#asksDeath}). */
  private final boolean deathAsked;

  /** Whether the question asks for the first of several things ("the first satellite"). */
  private final boolean firstOfSeveralAsked;

  /** Whether the question asks when something came at last ("finally"). */
  private final boolean latenessAsked;

  private final java.util.function.Function<PassageHit, ReadPassage.Marks> marks;

  /** Each article's topic and text features for this question, worked out once. */
  private final Map<String, double[]> articleFeatures = new HashMap<>();

  /** Which of the question's terms each article's title holds, read once. */
  private final Map<String, long[]> titleTerms = new HashMap<>();

  /** {@link #beyondTitleWeights} of each article read, {@code null} where there are none. */
  private final Map<String, double[]> beyondTitleWeights = new HashMap<>();

  EventRanker(
      ParsedQuestion question,
      QuestionQuery query,
      AskedThing thing,
      double[] weights,
      java.util.function.Function<PassageHit, ReadPassage.Marks> marks) {
    this.question = question;
    this.thing = thing;
    this.coverage = new Coverage(query);
    this.deed = query == null ? -1 : query.deed();
    this.weights = weights;
    this.marks = marks;
    this.meaningAsked = Cues.asksMeaning(question.original());
    this.intentAsked = ReadPassage.asksIntent(question.original());
    this.denialAsked = ReadPassage.asksDenial(question.searchText());
    this.deathAsked = ReadPassage.asksDeath(question.original());
    this.firstOfSeveralAsked = Cues.asksFirstOfSeveral(question.original());
    this.latenessAsked = Cues.asksLateness(question.original());
  }

  private ReadPassage read(PassageHit hit) {
    return new ReadPassage(hit, marks.apply(hit), intentAsked, denialAsked, deathAsked);
  }

  /**
   * A passage as an answer: its best event (if it tells one that may answer), the date, the score,
   * how much of the question the passage, the story around it, its whole article and what the
   * article is about (its title and key events) cover, and the sentence to show.
   */
  record Ranked(
      PassageHit hit,
      Optional<Event> event,
      Optional<DateMention> date,
      double score,
      double coverage,
      double storyCoverage,
      double articleCoverage,
      double topicCoverage,
      String sentence,
      double clauseCoverage,
      double aspect) {

    /** This answer, covering at least as much of the question as {@code other} does. */
    Ranked coveringAsMuchAs(Ranked other) {
      return new Ranked(
          hit,
          event,
          date,
          score,
          Math.max(coverage, other.coverage),
          Math.max(storyCoverage, other.storyCoverage),
          Math.max(articleCoverage, other.articleCoverage),
          Math.max(topicCoverage, other.topicCoverage),
          sentence,
          Math.max(clauseCoverage, other.clauseCoverage),
          aspect);
    }
  }

  /** One way a passage could answer: with one of its events, or with no event of its own. */
  private static final class Option {
    final ReadPassage read;
    final EventHit event;
    final DateMention date;
    final double[] features = new double[FEATURES];

    /** How much of the question the event is about, its article's title helping. */
    final double subject;

    /** Which of the found passages it belongs to. */
    final int place;

    double score;

    Option(ReadPassage read, EventHit event, DateMention date, double subject, int place) {
      this.read = read;
      this.event = event;
      this.date = date;
      this.subject = subject;
      this.place = place;
    }

    PassageHit hit() {
      return read.hit;
    }
  }

  /** The passages, best first, each with its best event among those {@code eligible}. */
  List<Ranked> rank(List<PassageHit> hits, Predicate<DateMention> eligible) {
    List<Option> options = options(hits, eligible);
    List<Option> best = new ArrayList<>(java.util.Collections.nCopies(hits.size(), null));
    for (Option option : options) {
      option.score = score(option.features);
      if (best.get(option.place) == null || option.score > best.get(option.place).score) {
        best.set(option.place, option);
      }
    }
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Option option = best.get(i);
      if (option == null) {
        continue;
      }
      ranked.add(
          new Ranked(
              option.hit(),
              Optional.ofNullable(option.event).map(EventHit::event),
              Optional.ofNullable(option.date),
              option.score,
              option.features[Feature.PASSAGE.ordinal()],
              option.features[Feature.NEIGHBOURHOOD.ordinal()],
              option.features[Feature.ARTICLE_TEXT.ordinal()],
              option.features[Feature.ARTICLE_TOPIC.ordinal()],
              sentence(option),
              option.features[Feature.CLAUSE.ordinal()],
              aspect(option.features)));
    }
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> r.hit().passage().id()));
    return ranked;
  }

  /** How well the event tells the end asked: its cue, the end asked outright, not the other. */
  private static double aspect(double[] features) {
    return features[Feature.CUE.ordinal()]
        + features[Feature.END_ASKED.ordinal()]
        - features[Feature.OTHER_END_ASKED.ordinal()];
  }

  /** A way a passage could answer, with its features: what ranking weighs, for tuning it. */
  record Candidate(PassageHit hit, Optional<DateMention> date, double[] features) {}

  /** Every way the passages could answer, unranked. */
  List<Candidate> candidates(List<PassageHit> hits, Predicate<DateMention> eligible) {
    return options(hits, eligible).stream()
        .map(o -> new Candidate(o.hit(), Optional.ofNullable(o.date), o.features.clone()))
        .toList();
  }

  /** Each passage's events that may answer (or its inherited date), with their features. */
  private List<Option> options(List<PassageHit> hits, Predicate<DateMention> eligible) {
    float bestSearch = 0;
    for (PassageHit hit : hits) {
      bestSearch = Math.max(bestSearch, hit.score());
    }
    List<double[]> shared = new ArrayList<>(hits.size());
    for (PassageHit hit : hits) {
      shared.add(passageFeatures(hit, bestSearch));
    }
    // Only the passages likeliest by what they share read their events closely: the events of
    // the rest could not lift them into the answers shown, unless one is listed and says it all.
    double closeEnough = closeReadingBar(shared);
    List<Option> options = new ArrayList<>();
    for (int place = 0; place < hits.size(); place++) {
      if (score(shared.get(place)) < closeEnough && !listsWhatWasAsked(hits.get(place))) {
        continue;
      }
      PassageHit hit = hits.get(place);
      ReadPassage read = read(hit);
      int before = options.size();
      for (EventHit event : hit.events()) {
        if (eligible.test(event.event().date())) {
          options.add(eventOption(read, event, shared.get(place), place));
        }
      }
      if (options.size() == before) {
        options.add(undatedOption(read, shared.get(place), eligible, place));
      }
    }
    markChronology(options);
    markFirstOfSeveral(options);
    markAgreement(options);
    return options;
  }

  /**
   * Whether a passage tells a listed key event whose description says all the question asks ("Alan
   * Shepard becomes the first American in space"): read closely however common the words it shares.
   */
  private boolean listsWhatWasAsked(PassageHit hit) {
    for (EventHit event : hit.events()) {
      if (event.event().declared() && coverage.ofTerms(event.descriptionTerms()) >= WHOLE) {
        return true;
      }
    }
    return false;
  }

  /** The score of the passage that is the last to be read closely. */
  private double closeReadingBar(List<double[]> shared) {
    if (shared.size() <= CLOSE_READING) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] scores = new double[shared.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score(shared.get(i));
    }
    java.util.Arrays.sort(scores);
    return scores[scores.length - CLOSE_READING];
  }

  /**
   * For "how long" questions whose best answer is an end: the ranking with the beginning of what it
   * ends first — the earliest event of the same article about the same subject that tells no end. A
   * best answer that tells no end is the thing itself, and stays.
   */
  List<Ranked> beginningFirst(List<Ranked> ranked, List<PassageHit> hits) {
    if (ranked.isEmpty() || ranked.get(0).event().isEmpty() || !toldAnEnd(ranked.get(0))) {
      return ranked;
    }
    String article = ranked.get(0).hit().passage().articleId();
    List<Option> about = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    double subject = 0;
    for (PassageHit hit : hits) {
      if (!hit.passage().articleId().equals(article)) {
        continue;
      }
      ReadPassage read = read(hit);
      for (EventHit event : hit.events()) {
        Option option = eventOption(read, event, passageFeatures(hit, 0), -1);
        subject = Math.max(subject, option.subject);
        about.add(option);
        ends.add(toldEnd(read, event, read.toldMatches(event.event())));
      }
    }
    // The earliest event about the subject that tells a beginning, or else that tells no end.
    Option first = null;
    for (int told : new int[] {1, 0}) {
      for (int i = 0; i < about.size(); i++) {
        Option o = about.get(i);
        if (ends.get(i) == told
            && o.subject >= SAME_SUBJECT * subject
            && (first == null || o.date.value().from().isBefore(first.date.value().from()))) {
          first = o;
        }
      }
      if (first != null) {
        break;
      }
    }
    if (first == null) {
      return ranked;
    }
    Event start = first.event.event();
    List<Ranked> reordered = new ArrayList<>(ranked);
    reordered.removeIf(r -> r.hit().passage().id().equals(start.passageId()));
    reordered.add(
        0,
        new Ranked(
            first.hit(),
            Optional.of(start),
            Optional.of(start.date()),
            ranked.get(0).score(),
            first.features[Feature.PASSAGE.ordinal()],
            first.features[Feature.NEIGHBOURHOOD.ordinal()],
            first.features[Feature.ARTICLE_TEXT.ordinal()],
            first.features[Feature.ARTICLE_TOPIC.ordinal()],
            sentence(first),
            first.features[Feature.CLAUSE.ordinal()],
            aspect(first.features)));
    return reordered;
  }

  /** Whether a ranked answer's event tells an end. */
  private boolean toldAnEnd(Ranked r) {
    ReadPassage read = read(r.hit());
    for (EventHit event : r.hit().events()) {
      if (event.event().equals(r.event().get())) {
        return toldEnd(read, event, read.toldMatches(event.event())) < 0;
      }
    }
    return false;
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
      ReadPassage read = read(hit);
      for (EventHit event : hit.events()) {
        Option option = eventOption(read, event, new double[FEATURES], -1);
        subject = Math.max(subject, option.subject);
        if (toldEnd(read, event, read.toldMatches(event.event())) < 0
            && event.event().date().value().from().isAfter(begun.date().value().from())) {
          ends.add(option);
        }
      }
    }
    final double most = subject;
    return ends.stream()
        .filter(o -> o.subject >= SAME_SUBJECT * most)
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
    double[] passage =
        coverage.ofMatchesNearAndFar(
            hit.matches(), titleTerms(hit), inNeighbours(hit), TITLE_SHARE, NEIGHBOUR_SHARE);
    f[Feature.PASSAGE.ordinal()] = passage[0];
    f[Feature.SENTENCE.ordinal()] = bestSentence(hit);
    double[] article =
        articleFeatures.computeIfAbsent(
            hit.article().articleId(),
            id ->
                coverage.ofArticle(
                    hit.article().title(),
                    hit.article().keyEvents(),
                    KEY_EVENT_SHARE,
                    hit.article().body()));
    f[Feature.ARTICLE_TOPIC.ordinal()] = article[0];
    f[Feature.ARTICLE_TEXT.ordinal()] = article[1];
    // The story around it: the neighbouring passages, and the title as for the passage itself.
    f[Feature.NEIGHBOURHOOD.ordinal()] = passage[1];
    return f;
  }

  /**
   * The coverage of the passage's best sentence; only sentences holding the question's words are
   * worked out, each from its own matches: those from the end of the sentence before (the first
   * sentence from the start) to its own end (the last sentence to the end of the text).
   */
  private double bestSentence(PassageHit hit) {
    List<Sentences.Span> sentences = hit.sentences();
    List<TermMatch> matches = hit.matches();
    int last = sentences.size() - 1;
    boolean[] matched = new boolean[sentences.size()];
    for (int m = 0; m < matches.size(); m++) {
      int start = matches.get(m).start();
      int i = 0;
      while (i < last && start >= sentences.get(i).end()) {
        i++;
      }
      matched[i] = true;
    }
    double best = 0;
    for (int i = 0; i <= last; i++) {
      if (matched[i]) {
        int from = i == 0 ? Integer.MIN_VALUE : sentences.get(i - 1).end();
        int to = i == last ? Integer.MAX_VALUE : sentences.get(i).end();
        best = Math.max(best, coverage.ofMatches(matches, from, to));
      }
    }
    return best;
  }

  /**
   * What each of the question's concepts is worth beyond the title of a hit's article, for {@link
   * Feature#CLAUSE_BEYOND_TITLE}, or {@code null} where the feature says nothing: an article's
   * listed events tell its events apart where it has them, and an article not about what was asked
   * has no events of it to tell apart.
   */
  private double[] beyondTitleWeights(PassageHit hit) {
    String article = hit.article().articleId();
    if (!beyondTitleWeights.containsKey(article)) {
      long[] title = titleTerms(hit);
      beyondTitleWeights.put(
          article,
          hit.article().keyEvents().isEmpty() && coverage.ofTerms(title) >= TITLE_ABOUT
              ? coverage.beyondWeights(title)
              : null);
    }
    return beyondTitleWeights.get(article);
  }

  /** Whether the title of a hit's article holds any of the question's terms. */
  boolean titleHoldsAsked(PassageHit hit) {
    for (long word : titleTerms(hit)) {
      if (word != 0) {
        return true;
      }
    }
    return false;
  }

  /** Which of the question's terms the title of a hit's article holds. */
  private long[] titleTerms(PassageHit hit) {
    return titleTerms.computeIfAbsent(
        hit.article().articleId(), id -> coverage.termsIn(hit.article().title()));
  }

  /** Whether the passages around a hit hold a term. */
  private static Predicate<String> inNeighbours(PassageHit hit) {
    return term -> {
      for (Set<String> neighbour : hit.neighbours()) {
        if (neighbour.contains(term)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * A passage with no eligible event of its own answers with the date its article last named, and
   * its best sentence is what it tells.
   */
  private Option undatedOption(
      ReadPassage read, double[] shared, Predicate<DateMention> eligible, int place) {
    DateMention leading = read.hit.passage().leadingDate();
    Option undated =
        new Option(
            read, null, leading != null && eligible.test(leading) ? leading : null, 0, place);
    System.arraycopy(shared, 0, undated.features, 0, FEATURES);
    undated.features[Feature.CLAUSE.ordinal()] = shared[Feature.SENTENCE.ordinal()];
    undated.features[Feature.EVENT_SENTENCE.ordinal()] = shared[Feature.SENTENCE.ordinal()];
    undated.features[Feature.UNDATED.ordinal()] = 1;
    if (undated.date != null) {
      undated.features[Feature.PRECISION.ordinal()] = precision(undated.date);
      undated.features[Feature.DAY_ASKED.ordinal()] = dayAsked(undated.date);
    }
    return undated;
  }

  private Option eventOption(ReadPassage read, EventHit eventHit, double[] shared, int place) {
    PassageHit hit = read.hit;
    Event event = eventHit.event();
    double clause;
    double beyondTitle = 0;
    double subject;
    double inSentence = 0;
    double nearness = 0;
    boolean defines = false;
    // A listed description that denies ("nobody intends to build a wall") tells nothing.
    boolean declared = event.declared() && !read.describedAsDenied(event);
    long[] description =
        declared || !event.told() ? coverage.termsIn(read.describedTerms(eventHit)) : null;
    long[] described = declared ? description : null;
    List<TermMatch> told = read.toldMatches(event);
    List<TermMatch> storyTold = event.told() ? read.storyMatches(event, told) : told;
    if (event.told()) {
      clause = coverage.ofMatches(told, event.clauseStart(), event.clauseEnd(), described, 1);
      double story = coverage.ofMatches(storyTold, event.clauseStart(), read.storyEnd(event));
      int referredFrom = read.referredFrom(event);
      double referred = coverage.ofMatches(told, referredFrom, event.clauseEnd());
      clause = Math.max(clause, STORY_SHARE * Math.max(story, referred));
      double[] beyondWeights = beyondTitleWeights(hit);
      if (beyondWeights != null) {
        beyondTitle = coverage.beyond(told, event.clauseStart(), event.clauseEnd(), beyondWeights);
        if (referredFrom < event.clauseStart()) {
          beyondTitle =
              Math.max(
                  beyondTitle,
                  STORY_SHARE
                      * coverage.beyond(told, referredFrom, event.clauseEnd(), beyondWeights));
        }
      }
      subject =
          coverage.ofMatches(
              told,
              event.clauseStart(),
              event.clauseEnd(),
              Coverage.either(described, titleTerms(hit)),
              TITLE_SHARE);
      Sentences.Span sentence = sentenceAt(hit.sentences(), event.date().start());
      if (sentence != null) {
        inSentence = coverage.ofMatches(told, sentence.start(), sentence.end());
        defines = meaningAsked && Cues.defines(sentence.of(hit.passage().text()));
      }
      nearness = nearness(event.date().start(), phraseEnd(hit, event), told);
    } else {
      clause = coverage.ofTerms(description);
      subject = clause;
    }
    // What the sentence is about, its clauses go on telling ("the war, which began in October,
    // humiliated India; China declared a ceasefire in November").
    subject = Math.max(subject, SENTENCE_SUBJECT * inSentence);
    Option option = new Option(read, eventHit, event.date(), subject, place);
    System.arraycopy(shared, 0, option.features, 0, FEATURES);
    double[] f = option.features;
    f[Feature.CLAUSE.ordinal()] = clause;
    if (deed >= 0) {
      f[Feature.DEED.ordinal()] = deedTold(read, event, told, storyTold, description);
    }
    f[Feature.CLAUSE_BEYOND_TITLE.ordinal()] = beyondTitle;
    f[Feature.EVENT_SENTENCE.ordinal()] = inSentence;
    f[Feature.NEARNESS.ordinal()] = nearness;
    // Which end an event tells matters only for events about what was asked, and an end told
    // where none of the question's words stand ("the old charter (expired 1965)") is another's.
    double cue = subject == 0 || clause + inSentence == 0 ? 0 : cue(toldEnd(read, eventHit, told));
    if (defines && inSentence > 0 && !question.aspectOutright()) {
      cue = Math.max(cue, 1);
    }
    if (!question.aspectOutright()) {
      f[Feature.CUE.ordinal()] = cue;
    } else if (cue >= 0) {
      f[Feature.END_ASKED.ordinal()] = cue;
    } else {
      f[Feature.OTHER_END_ASKED.ordinal()] = -cue;
    }
    // "When did the senate finally ratify it": the text says so too ("did not ratify the treaty
    // until February 11, 1822", "at last, on January 31, 1958").
    f[Feature.LATENESS.ordinal()] = latenessAsked && subject > 0 && toldLate(hit, event) ? 1 : 0;
    f[Feature.PRECISION.ordinal()] = precision(event.date());
    f[Feature.DAY_ASKED.ordinal()] = dayAsked(event.date());
    f[Feature.DECLARED.ordinal()] = declared ? coverage.ofTerms(description) : 0;
    f[Feature.RELATIVE.ordinal()] = event.date().relative() ? 1 : 0;
    return option;
  }

  /**
   * Whether the words of an event's sentence up to the end of its clause, after any other date
   * before its own, tell that it came at last.
   */
  private static boolean toldLate(PassageHit hit, Event event) {
    if (!event.told()) {
      return false;
    }
    String text = hit.passage().text();
    int dateStart = event.date().start();
    Sentences.Span sentence = sentenceAt(hit.sentences(), dateStart);
    int from = sentence == null ? event.clauseStart() : sentence.start();
    for (DateMention other : hit.passage().dates()) {
      if (other.end() <= dateStart && other.end() > from) {
        from = other.end();
      }
    }
    from = Math.min(from, dateStart);
    int to = Math.max(dateStart, event.clauseEnd());
    return Cues.tellsLateness(text.substring(from, dateStart), text.substring(from, to));
  }

  /**
   * Which end of what was asked an event tells: its listed description's start or end word when the
   * description is about what was asked, or else one beside the question's words in its clause
   * ("the Korean War began").
   */
  private int toldEnd(ReadPassage read, EventHit eventHit, List<TermMatch> told) {
    Event event = eventHit.event();
    // "Ulbricht declares that nobody intends to build a wall" tells no start.
    if (event.declared() && !read.describedAsDenied(event)) {
      int described = read.describedEnd(event);
      if (described != 0 && coverage.ofTerms(eventHit.descriptionTerms()) > 0) {
        return described;
      }
    }
    return event.told() ? read.toldEnd(event, told, thing) : 0;
  }

  /**
   * How much of the deed asked an event tells: in its own clause, or, as the story's share, in the
   * undated sentences that go on telling it ("On December 26 he answered the note. ... He agreed
   * to release the prisoners").
   */
  private double deedTold(
      ReadPassage read,
      Event event,
      List<TermMatch> told,
      List<TermMatch> storyTold,
      long[] description) {
    if (!event.told()) {
      return description == null ? 0 : coverage.ofConcept(deed, description);
    }
    double inClause = coverage.ofConcept(deed, told, event.clauseStart(), event.clauseEnd());
    double inStory = coverage.ofConcept(deed, storyTold, event.clauseStart(), read.storyEnd(event));
    return Math.max(inClause, STORY_SHARE * inStory);
  }

  private double cue(int told) {
    return switch (question.aspect()) {
      case START, SPAN -> told;
      case END -> -told;
      // "When did X happen?" wants X or its start, not the talks that ended it.
      case ANY -> ANY_END_SHARE * told;
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
    // The articles about what was asked tell one story between them ("The Korean War, 1950" and
    // "The Korean War, 1950-1953"): its end is the last of all their events, not of each.
    double bestTopic = 0;
    for (Option o : options) {
      bestTopic = Math.max(bestTopic, o.features[Feature.ARTICLE_TOPIC.ordinal()]);
    }
    double topicBar = SAME_SUBJECT * bestTopic;
    java.util.function.Function<Option, String> story =
        o ->
            topicBar > 0 && o.features[Feature.ARTICLE_TOPIC.ordinal()] >= topicBar
                ? ""
                : o.hit().passage().articleId();
    Map<String, Double> bestSubject = new HashMap<>();
    for (Option o : options) {
      if (o.event != null && o.subject > 0) {
        bestSubject.merge(story.apply(o), o.subject, Math::max);
      }
    }
    // Stories that tell the end asked for of what was asked, not of something else they tell.
    java.util.Set<String> toldEnds = new java.util.HashSet<>();
    for (Option o : options) {
      if (o.event != null
          && o.subject > 0
          && o.subject >= SAME_SUBJECT * bestSubject.get(story.apply(o))
          && o.features[Feature.CUE.ordinal()] + o.features[Feature.END_ASKED.ordinal()] > 0) {
        toldEnds.add(story.apply(o));
      }
    }
    Map<String, Option> extreme = new HashMap<>();
    boolean latest = question.aspect() == Aspect.END;
    for (Option o : options) {
      if (o.event == null || o.subject <= 0) {
        continue;
      }
      String key = story.apply(o);
      // Where the story tells the end asked for, only the events that tell it compete.
      if (o.subject < SAME_SUBJECT * bestSubject.get(key)
          || toldEnds.contains(key)
              && o.features[Feature.CUE.ordinal()] + o.features[Feature.END_ASKED.ordinal()] <= 0) {
        continue;
      }
      extreme.merge(
          key,
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

  /** How much of the question the event most about it is about. */
  private static double bestSubject(List<Option> options) {
    double best = 0;
    for (Option o : options) {
      if (o.event != null) {
        best = Math.max(best, o.subject);
      }
    }
    return best;
  }

  private static final Pattern FIRST = Pattern.compile("(?i)\\bfirst\\b");

  /**
   * Marks, asked for the first of several things, the earliest of the events that tell a first of
   * the same thing as the likeliest one: "China tested its first hydrogen bomb" is a first, but Ivy
   * Mike, told as a first years before, is the first. A first of something else ("the first federal
   * president" of Germany, asked of Russia's) does not compete.
   */
  private void markFirstOfSeveral(List<Option> options) {
    double bar = SAME_SUBJECT * bestSubject(options);
    if (!firstOfSeveralAsked || bar <= 0) {
      return;
    }
    List<Option> firsts = new ArrayList<>();
    Option likeliest = null;
    for (Option o : options) {
      if (o.event != null && o.subject >= bar && tellsFirst(o)) {
        firsts.add(o);
        if (likeliest == null || score(o.features) > score(likeliest.features)) {
          likeliest = o;
        }
      }
    }
    if (firsts.size() < 2) {
      return;
    }
    long thing = conceptsTold(likeliest);
    List<Option> same = new ArrayList<>();
    Option earliest = null;
    for (Option o : firsts) {
      if ((conceptsTold(o) & thing) == thing) {
        same.add(o);
        if (earliest == null || o.date.value().from().isBefore(earliest.date.value().from())) {
          earliest = o;
        }
      }
    }
    // "First tested in 1952" and "on November 1, 1952" tell the same first.
    for (Option o : same) {
      if (!o.date.value().from().isAfter(earliest.date.value().to())) {
        o.features[Feature.FIRST_OF_SEVERAL.ordinal()] = 1;
      }
    }
  }

  /** Characters after "first" within which the thing it is the first of is named. */
  private static final int FIRST_REACH = 20;

  /**
   * Whether an option tells a first of something the question names: "first" in its clause just
   * before one of the question's words ("its first hydrogen bomb", not "the first joint press
   * conference" of a summit), or, for a listed event no passage tells, in its description.
   */
  private static boolean tellsFirst(Option o) {
    Event event = o.event.event();
    if (!event.told()) {
      return FIRST.matcher(event.description()).find();
    }
    Matcher first =
        FIRST.matcher(o.hit().passage().text()).region(event.clauseStart(), event.clauseEnd());
    List<TermMatch> told = o.read.toldMatches(event);
    while (first.find()) {
      for (TermMatch match : told) {
        if (match.start() > first.end()
            && match.start() <= first.end() + FIRST_REACH
            && !match.term().equals("first")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Which of the question's concepts an option's clause and its listed description hold. */
  private long conceptsTold(Option o) {
    Event event = o.event.event();
    long concepts = coverage.conceptsIn(coverage.termsIn(o.read.describedTerms(o.event)));
    if (event.told()) {
      for (TermMatch match : o.read.toldMatches(event)) {
        if (match.start() >= event.clauseStart()
            && match.start() < event.clauseEnd()
            && match.concept() < Long.SIZE) {
          concepts |= 1L << match.concept();
        }
      }
    }
    return concepts;
  }

  /**
   * How many other passages tell an option's day of the same subject: one more passage gives half
   * the feature, two or more all of it.
   */
  private void markAgreement(List<Option> options) {
    double bar = SAME_SUBJECT * bestSubject(options);
    if (bar <= 0) {
      return;
    }
    List<Option> about =
        options.stream().filter(o -> o.event != null && o.subject >= bar && agrees(o)).toList();
    Map<DateValue, Set<Integer>> places = new HashMap<>();
    for (Option o : about) {
      places.computeIfAbsent(o.date.value(), d -> new java.util.HashSet<>()).add(o.place);
    }
    for (Option o : about) {
      int others = places.get(o.date.value()).size() - 1;
      o.features[Feature.AGREEMENT.ordinal()] = Math.min(1, others / 2.0);
    }
  }

  /**
   * Only a day told twice agrees: two passages naming the same year or month often tell two things.
   */
  private static boolean agrees(Option o) {
    return o.date.value().granularity() == Granularity.DAY;
  }

  private double dayAsked(DateMention date) {
    return question.dayAsked() ? precision(date) : 0;
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

  /** Where the words of an event's date end: after its end date, for a range ("1961–1969"). */
  private static int phraseEnd(PassageHit hit, Event event) {
    int end = event.date().end();
    if (event.end().isPresent()) {
      for (DateMention date : hit.passage().dates()) {
        if (date.start() >= end
            && date.start() - end <= RANGE_LINK
            && date.value().equals(event.end().get())) {
          return date.end();
        }
      }
    }
    return end;
  }

  private static double nearness(int dateStart, int dateEnd, List<TermMatch> matches) {
    int nearest = Integer.MAX_VALUE;
    for (TermMatch match : matches) {
      int distance =
          match.start() >= dateEnd ? match.start() - dateEnd : Math.max(0, dateStart - match.end());
      nearest = Math.min(nearest, distance);
    }
    return nearest == Integer.MAX_VALUE ? 0 : NEARNESS_SCALE / (NEARNESS_SCALE + nearest);
  }

  private String sentence(Option option) {
    String text = option.hit().passage().text();
    List<Sentences.Span> sentences = option.hit().sentences();
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
      double c = coverage.ofMatches(option.hit().matches(), sentence.start(), sentence.end());
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
