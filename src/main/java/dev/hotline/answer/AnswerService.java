package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import dev.hotline.index.Concept;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.EventHit;
import dev.hotline.index.PassageHit;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.QuestionQuery;
import dev.hotline.passage.Event;
import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one answering API every adapter calls: questions in, dated and sourced passages out. It holds
 * no platform types and never throws for anything a user can type.
 */
public final class AnswerService {
  /**
   * Passages read closely for each question. BM25 alone can rank the right paragraph well down
   * (40th for the seed's border-war paragraph among the Milestones essays), so the close reading
   * starts from a wide net; decoded passages are cached, so this costs scoring time only.
   */
  static final int CANDIDATES = 40;

  /** Answers returned: the best and a few alternatives. */
  public static final int MAX_ANSWERS = 5;

  /**
   * Below this share of the question's known weight found in the best passage, Hotline says it does
   * not know.
   */
  static final double MIN_COVERAGE = 0.40;

  /**
   * A question of this many concepts is long: it carries the asker's context ("after carter flew
   * out to push it"), which the passage that answers it seldom repeats.
   */
  static final int LONG_QUESTION = 6;

  /** The share of {@link #MIN_COVERAGE} a long question's answer must cover. */
  static final double LONG_QUESTION_SHARE = 0.75;

  /**
   * The word that tells the end of anything, searched for when a question asks for an end (stemmed,
   * so "ended" and "ends" too). "Fall" and "collapse" are said of a city or a front within a war
   * ("Seoul falls"), not of its end.
   */
  private static final List<String> END_WORDS = List.of("end");

  /** "End" is common, so it needs a boost above a question word's to lift a passage at all. */
  private static final float END_WORDS_BOOST = 1.5f;

  /** A question whose unknown words weigh this share or more is about something Hotline lacks. */
  static final double MAX_UNKNOWN_SHARE = 0.6;

  /**
   * The share of a question's weight in names no article or dictionary knows from which Hotline
   * does not answer, whatever the rest finds: the rest then tells only what was done to the name.
   */
  static final double MAX_UNKNOWN_NAME_SHARE = 0.5;

  /**
   * With an unknown word, the share of the rest of the question the answer's passage must hold.
   */
  static final double KNOWN_COVERED = 0.8;

  /** The fewest known words beside a stray one: one alone ("test") is told of many things. */
  private static final int STRAY_WORD_BESIDE = 2;

  /** How much of the rest the answer's article must be about, by its title and key events. */
  private static final double STRAY_WORD_TOPIC = 0.5;

  /**
   * How much of the rest the answer's clause must say: most of it. At 0.4 a question the articles
   * do not answer was answered; all of it kept a third of the clear questions from an answer.
   */
  private static final double STRAY_WORD_CLAUSE = 0.6;

  /**
   * The fewest known words beside a stray one for the answer's clause alone to show the question
   * clear, whatever its article's title says: an essay tells many events its title does not name.
   */
  private static final int STRAY_WORD_BESIDE_CLAUSE = 4;

  /** The fewest known words for a clause telling half of them to show the question clear. */
  private static final int STRAY_WORD_LONG = 6;

  /** The share of them the clause must tell then. */
  private static final double STRAY_WORD_LONG_CLAUSE = 0.5;

  /**
   * The fewest known words beside a stray one for the answer's passage telling most of them to show
   * the question clear: no unanswerable question of this length and one unknown name had an answer
   * covering 0.6 of it.
   */
  private static final int STRAY_WORD_BESIDE_PASSAGE = 5;

  /** The share of the question the passage must cover then. */
  private static final double STRAY_WORD_PASSAGE = 0.6;

  /**
   * How far below the best score an answer may be and still be given in its place when the best
   * does not cover enough of the question to be given at all.
   */
  static final double CLOSE_SCORE = 0.05;

  /** Events of the Cold War years come before older or newer ones in day and period listings. */
  static final int COLD_WAR_FROM = 1945;

  static final int COLD_WAR_TO = 1991;

  private final IndexAccess index;
  private final QuestionParser parser = new QuestionParser();
  private final double[] weights;

  /** Marks of passage texts, found once per passage of the current index generation. */
  private final MarksCache marksCache = new MarksCache();

  public AnswerService(IndexAccess index) {
    this(index, Feature.weights());
  }

  /**
   * An answer service that weighs the ranking's features with {@code weights} (see {@link
   * Feature}).
   */
  public AnswerService(IndexAccess index, double[] weights) {
    this.index = index;
    this.weights = weights.clone();
  }

  /** Answers a question typed by a user, however odd. */
  public AnswerResult answer(String question) {
    return answer(parser.parse(question));
  }

  private AnswerResult answer(ParsedQuestion parsed) {
    Optional<String> truncatedNotice =
        parsed.truncated() ? Optional.of(truncatedNotice()) : Optional.empty();
    if (parsed.otherLanguage()) {
      return noAnswer(
          parsed,
          "I understand English questions only. Try: \"when did the Berlin Wall fall?\"",
          List.of());
    }
    if (parsed.searchText().isBlank() && parsed.scope().isEmpty() && parsed.monthDay().isEmpty()) {
      return noAnswer(
          parsed,
          "Ask me something about the Cold War, e.g. \"when did the Berlin Wall fall?\"",
          List.of());
    }
    return index.withIndex(
        idx -> {
          Asked asked = Asked.in(idx, parsed);
          Optional<QuestionQuery> query = asked.query();
          if (parsed.type() == QuestionType.ON_THIS_DAY) {
            return onDay(idx, parsed, query, truncatedNotice);
          }
          if ((query.isEmpty() || !query.get().searchable()) && parsed.scope().isPresent()) {
            return inPeriod(idx, parsed, parsed.scope().get(), truncatedNotice);
          }
          if (query.isEmpty()) {
            return noAnswer(
                parsed,
                "I found nothing to search for in that question. Try naming an event, a person or a"
                    + " place.",
                List.of());
          }
          if (!query.get().searchable()) {
            return noAnswer(
                parsed,
                "I don't know that one: none of its words appear in my articles.",
                List.of());
          }
          return search(idx, asked, query.get(), truncatedNotice);
        });
  }

  /**
   * Answers a question asked after one about {@code earlier} in the same conversation ({@link
   * #topicOf}): a question that names no subject of its own ("when did it end?") is read as about
   * that topic. The result's question is then the one answered ("korean war, when did it end?"),
   * and its notice says so.
   */
  public AnswerResult answer(String question, Optional<Topic> earlier) {
    ParsedQuestion parsed = parser.parse(question);
    if (earlier.isEmpty() || earlier.get().about().isBlank()) {
      return answer(parsed);
    }
    // Most questions stand alone: the earlier topic is read only for one that may follow on.
    boolean refersBack =
        index.withIndex(
            idx -> {
              if (!FollowUp.refersBack(parsed, idx.questionQuery(parsed.searchText()))) {
                return false;
              }
              ParsedQuestion before = parser.parse(earlier.get().about());
              return FollowUp.continuable(before, idx.questionQuery(before.searchText()));
            });
    if (!refersBack) {
      return answer(parsed);
    }
    String joined = FollowUp.joined(FollowUp.referredTo(earlier.get(), parsed), parsed);
    AnswerResult result = answer(joined);
    if (!result.answered()) {
      return answer(parsed);
    }
    return new AnswerResult(
        result.question(),
        result.answers(),
        Optional.of("Read with your question before: \"" + joined + "\""),
        result.suggestions());
  }

  /**
   * What an answered question was about, for a follow-up to go on from: the words it shares with
   * its best answer's article title ("when did the berlin wall open" → "berlin wall"), or the
   * question as asked when they share fewer than two; and for a who-question, the name its best
   * answer opens with ("Valentina Tereshkova becomes ...").
   */
  public Topic topicOf(AnswerResult result) {
    String asked = result.question().original();
    Optional<String> person =
        result.question().type() == QuestionType.WHO
            ? result
                .best()
                .flatMap(Answer::event)
                .flatMap(event -> FollowUp.leadingName(event.description()))
            : Optional.empty();
    Optional<String> title = result.best().map(Answer::title).filter(t -> !t.isBlank());
    String about =
        title.isEmpty()
            ? asked
            : index
                .withIndex(idx -> FollowUp.sharedWithTitle(asked, title.get(), idx::typedTerms))
                .orElse(asked);
    return new Topic(about, person);
  }

  /**
   * A question as searched: without the name of the source it names, if it names one, and its
   * query.
   */
  private record Asked(
      ParsedQuestion question, Optional<NamedSource> source, Optional<QuestionQuery> query) {
    static Asked in(PassageIndex idx, ParsedQuestion parsed) {
      Optional<NamedSource> source = NamedSource.in(parsed.original(), idx.sources());
      ParsedQuestion unnamed =
          source.map(s -> parsed.withSearchText(s.without(parsed.searchText()))).orElse(parsed);
      return new Asked(unnamed, source, idx.questionQuery(unnamed.searchText()));
    }
  }

  /**
   * Article titles containing every word of {@code typed} (any case), shortest first: the topics to
   * offer while a question is being typed.
   */
  public List<String> topics(String typed, int limit) {
    String[] words =
        typed == null
            ? new String[0]
            : typed.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
    return index.withIndex(
        idx ->
            idx.titles().stream()
                .filter(
                    title -> {
                      String lower = title.toLowerCase(java.util.Locale.ROOT);
                      for (String word : words) {
                        if (!lower.contains(word)) {
                          return false;
                        }
                      }
                      return true;
                    })
                .sorted(
                    Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList());
  }

  /**
   * Every dated event of the current index — the articles' key events and those read from their
   * text — for features built on events, such as quizzes.
   */
  public List<Event> events() {
    return index.withIndex(PassageIndex::events);
  }

  /** The passage that tells an event, with its article's source and link, if the index has it. */
  public Optional<dev.hotline.passage.Passage> passage(String passageId) {
    return index.withIndex(idx -> idx.passage(passageId));
  }

  /** The size and age of the index answers come from. */
  public IndexInfo indexInfo() {
    return index.withIndex(
        idx -> new IndexInfo(idx.articleCount(), idx.passageCount(), idx.builtAt()));
  }

  /** How many days either side "on this day" looks when the day itself has no event. */
  public static final int NEAREST_DAYS = 3;

  /**
   * Events of {@code day} across the years, best first, for daily posts; when that day has none,
   * those of the nearest day within {@link #NEAREST_DAYS} days (earlier day first on a tie).
   */
  public DayEvents onThisDay(MonthDay day, int limit) {
    return index.withIndex(
        idx -> {
          for (int distance = 0; distance <= NEAREST_DAYS; distance++) {
            for (int sign : distance == 0 ? new int[] {1} : new int[] {-1, 1}) {
              MonthDay candidate = shift(day, sign * distance);
              List<Answer> events = rankDay(idx, candidate, Optional.empty(), limit);
              if (!events.isEmpty()) {
                return new DayEvents(day, candidate, events);
              }
            }
          }
          return new DayEvents(day, day, List.of());
        });
  }

  /** Moves a calendar day by {@code days}, in a leap year so that February 29 has neighbours. */
  private static MonthDay shift(MonthDay day, int days) {
    return MonthDay.from(day.atYear(2000).plusDays(days));
  }

  /**
   * The passages found for a question, which of their dates may answer it, the passages where the
   * end of a span may be told, and those that may tell, in a later year, what was done to a thing
   * its year names.
   */
  private record Found(
      List<PassageHit> hits,
      Predicate<DateMention> eligible,
      List<PassageHit> story,
      List<PassageHit> afterwards) {
    Found(List<PassageHit> hits, Predicate<DateMention> eligible) {
      this(hits, eligible, hits, List.of());
    }

    /**
     * Only the passages of the source the question names; all of them when none is of it: the name
     * may be words of the question that merely match a source's.
     */
    Found from(Optional<NamedSource> source) {
      if (source.isEmpty()) {
        return this;
      }
      String name = source.get().name();
      List<PassageHit> own = ofSource(hits, name);
      return own.isEmpty()
          ? this
          : new Found(own, eligible, ofSource(story, name), ofSource(afterwards, name));
    }

    private static List<PassageHit> ofSource(List<PassageHit> hits, String name) {
      return hits.stream().filter(hit -> name.equals(hit.passage().source())).toList();
    }
  }

  /**
   * The best passages for a question; when it names a period, those with a date in it and only such
   * dates, or else the best passages at all.
   */
  private static Found find(PassageIndex idx, ParsedQuestion parsed, QuestionQuery query) {
    // The end of a long story is told in few of the many passages that name it ("the fall of
    // Saigon ended the Vietnam War"), so a question asking for an end favours them in the search;
    // a beginning is told where the story starts, and the search finds it unhelped.
    boolean endAsked = parsed.aspectOutright() && parsed.aspect() == Aspect.END;
    List<String> boosted = endAsked ? END_WORDS : List.of();
    if (parsed.scope().isEmpty()) {
      return new Found(
          idx.search(query, Optional.empty(), CANDIDATES, boosted, END_WORDS_BOOST), d -> true);
    }
    DateValue scope = parsed.scope().get();
    List<PassageHit> later = List.of();
    if (parsed.scopeNamesThing() && parsed.aspect() != Aspect.START) {
      // "When did the 1973 oil embargo end": the year names the embargo, which ended in 1974, in
      // an article that tells its 1973. Its start falls in that year ("the 1954 conference").
      String year = String.valueOf(scope.year());
      // The years from it on: when a thing its year names may end.
      DateValue fromOn = scope.onward();
      later =
          idx.search(query, Optional.of(fromOn), CANDIDATES, boosted, END_WORDS_BOOST).stream()
              .filter(hit -> hit.article().body().contains(year))
              .toList();
      if (!later.isEmpty() && parsed.aspect() == Aspect.END) {
        return new Found(later, d -> d.value().within(fromOn));
      }
    }
    List<PassageHit> hits =
        idx.search(query, Optional.of(scope), CANDIDATES, boosted, END_WORDS_BOOST);
    if (hits.isEmpty()) {
      return new Found(idx.search(query, Optional.empty(), CANDIDATES), d -> true);
    }
    Predicate<DateMention> inScope = d -> d.value().within(scope);
    if (parsed.aspect() == Aspect.ANY) {
      return new Found(hits, inScope, hits, later);
    }
    // A span begins in the year its thing is named by, and may end in a later one.
    return new Found(hits, inScope, joined(hits, later), List.of());
  }

  /**
   * The answers ranked with the later years open too, when their best is of a later year and covers
   * more of the question than the best of the year naming the thing: "what treaty replaced the 1950
   * treaty" asks a later deed, "when did the 1954 conference take place" does not, though a second
   * conference met later.
   */
  private static List<EventRanker.Ranked> doneLater(
      ParsedQuestion parsed, EventRanker ranker, Found found, List<EventRanker.Ranked> ranked) {
    if (found.afterwards().isEmpty()) {
      return ranked;
    }
    DateValue scope = parsed.scope().orElseThrow();
    DateValue fromOn = scope.onward();
    List<EventRanker.Ranked> onward =
        ranker.rank(joined(found.hits(), found.afterwards()), d -> d.value().within(fromOn));
    if (onward.isEmpty()) {
      return ranked;
    }
    EventRanker.Ranked best = onward.get(0);
    boolean later = best.date().filter(d -> !d.value().within(scope)).isPresent();
    // The passage's own coverage: the story of the thing's year may run on to the later deed.
    return later && (ranked.isEmpty() || best.coverage() > ranked.get(0).coverage())
        ? onward
        : ranked;
  }

  /** The passages of {@code first}, then those of {@code then} not among them. */
  private static List<PassageHit> joined(List<PassageHit> first, List<PassageHit> then) {
    if (then.isEmpty()) {
      return first;
    }
    Set<String> ids = new HashSet<>();
    first.forEach(hit -> ids.add(hit.passage().id()));
    List<PassageHit> all = new ArrayList<>(first);
    then.stream().filter(hit -> ids.add(hit.passage().id())).forEach(all::add);
    return all;
  }

  /**
   * Every way the passages found for a question could answer, with the features ranking weighs:
   * what the weights are set on. Empty for questions answered otherwise (a day, a period, another
   * language) or not at all.
   */
  List<EventRanker.Candidate> candidates(String question) {
    ParsedQuestion parsed = parser.parse(question);
    if (parsed.otherLanguage() || parsed.type() == QuestionType.ON_THIS_DAY) {
      return List.of();
    }
    return index.withIndex(
        idx -> {
          Asked asked = Asked.in(idx, parsed);
          Optional<QuestionQuery> query = asked.query();
          if (query.isEmpty() || !query.get().searchable()) {
            return List.of();
          }
          Found found = find(idx, asked.question(), query.get()).from(asked.source());
          return ranker(idx, asked.question(), query.get())
              .candidates(found.hits(), found.eligible());
        });
  }

  private AnswerResult search(
      PassageIndex idx, Asked asked, QuestionQuery query, Optional<String> notice) {
    ParsedQuestion parsed = asked.question();
    Found found = find(idx, parsed, query).from(asked.source());
    List<PassageHit> hits = found.hits();
    if (hits.isEmpty()) {
      return noAnswer(parsed, "I don't know: nothing in my articles matches that.", List.of());
    }
    EventRanker ranker = ranker(idx, parsed, query);
    List<EventRanker.Ranked> ranked =
        doneLater(parsed, ranker, found, ranker.rank(hits, found.eligible()));
    if (parsed.aspect() == Aspect.SPAN) {
      ranked = ranker.beginningFirst(ranked, hits);
    }
    double needed = coverageNeeded(query);
    ranked = coveredFirst(parsed, ranked, needed);
    ranked = finerFirst(parsed, ranked);
    if (covered(parsed, ranked.get(0)) < needed
        || unknownTopic(query, parsed.original(), ranked.get(0))) {
      return noAnswer(
          parsed,
          "I don't know that one: my articles don't seem to cover it.",
          suggestions(ranked));
    }
    List<Answer> answers = new ArrayList<>();
    for (EventRanker.Ranked r : ranked) {
      if (answers.size() == MAX_ANSWERS) {
        break;
      }
      // Measured as the first answer was: a period's story may cover what its passage does not.
      if (covered(parsed, r) >= needed / 2) {
        Optional<Event> event = r.event();
        if (answers.isEmpty() && parsed.aspect() == Aspect.SPAN && event.isPresent()) {
          Event begun = event.get();
          event =
              askedEnd(idx, asked, query, begun)
                  .or(() -> ranker.endOf(r, found.story()).map(end -> end.date().value()))
                  .map(end -> begun.dated(begun.date(), Optional.of(end)))
                  .or(() -> Optional.of(begun));
        }
        if (parsed.aspect() == Aspect.END) {
          event = event.map(e -> rangeEnd(r.hit().passage(), e));
        }
        event = event.map(e -> dayLaterInSentence(r.hit(), e));
        answers.add(toAnswer(r, event, r.coverage(), parsed.type()));
      }
    }
    if (parsed.type() == QuestionType.PUBLISHED) {
      headFirst(idx, query, ranked.get(0), answers);
    }
    return new AnswerResult(parsed, answers, notice, List.of());
  }

  /**
   * The end of what a how-long question asks about, found as the answer to when it ended: a long
   * story's end is often told in another article than its start (a war's last chapter), then one
   * whose title names what was asked. Empty unless that answer covers the question as an answer
   * must and comes after {@code begun}.
   */
  private Optional<DateValue> askedEnd(
      PassageIndex idx, Asked asked, QuestionQuery query, Event begun) {
    ParsedQuestion endAsked = asked.question().askingEnd();
    Found found = find(idx, endAsked, query).from(asked.source());
    if (found.hits().isEmpty()) {
      return Optional.empty();
    }
    double needed = coverageNeeded(query);
    EventRanker ranker = ranker(idx, endAsked, query);
    List<EventRanker.Ranked> ranked = ranker.rank(found.hits(), found.eligible());
    EventRanker.Ranked best = finerFirst(endAsked, coveredFirst(endAsked, ranked, needed)).get(0);
    if (covered(endAsked, best) < needed
        || best.event().isEmpty()
        || !best.hit().passage().articleId().equals(begun.articleId())
            && !ranker.titleHoldsAsked(best.hit())) {
      return Optional.empty();
    }
    DateValue end = rangeEnd(best.hit().passage(), best.event().get()).date().value();
    return end.from().isAfter(begun.date().value().from()) ? Optional.of(end) : Optional.empty();
  }

  /**
   * The first answer to when an article was published told by the article's head, unless the
   * question points at the paragraph that answers (see {@link ArticleHead}).
   */
  private static void headFirst(
      PassageIndex idx, QuestionQuery query, EventRanker.Ranked best, List<Answer> answers) {
    if (answers.isEmpty()
        || answers.get(0).published() == null
        || ArticleHead.pointsAt(query, best.hit())) {
      return;
    }
    Answer first = answers.get(0);
    idx.passage(Passage.idOf(best.hit().passage().articleId(), 0))
        .ifPresent(lead -> answers.set(0, ArticleHead.of(lead, first)));
  }

  /**
   * An event told as a span ("held from September 5–17, 1978"), as its end: what a question asking
   * when something ended or its last day wants. Any other event stays as it is.
   */
  private static Event rangeEnd(Passage passage, Event event) {
    DateMention date = event.date();
    DateValue days = date.value();
    if (event.end().isEmpty()
        && days.granularity() == Granularity.DAY
        && days.to().isAfter(days.from())) {
      // "September 5–17, 1978": one mention for the days of a span.
      DateMention last =
          new DateMention(
              DateValue.day(days.to()), date.text(), date.start(), date.end(), date.relative());
      return event.dated(last, Optional.empty());
    }
    if (event.end().isEmpty()) {
      return event;
    }
    DateValue end = event.end().get();
    for (DateMention told : passage.dates()) {
      if (told.start() >= date.end() && told.value().equals(end)) {
        return event.dated(told, Optional.empty());
      }
    }
    return event;
  }

  /**
   * An event dated to its month or year whose sentence goes on to name the day inside that month or
   * year ("the war officially ended four months later, when the two governments signed the Treaty
   * of Paris on December 10, 1898"), dated to that day: the sentence tells one moment twice.
   */
  private static Event dayLaterInSentence(PassageHit hit, Event event) {
    DateMention date = event.date();
    Granularity granularity = date.value().granularity();
    if (event.end().isPresent()
        || (granularity != Granularity.MONTH && granularity != Granularity.YEAR)) {
      return event;
    }
    Sentences.Span sentence = Sentences.containing(hit.sentences(), date.start());
    if (sentence == null) {
      return event;
    }
    DateMention day = null;
    for (DateMention told : hit.passage().dates()) {
      if (told.start() >= date.end() && told.start() < sentence.end()) {
        if (day != null
            || told.value().granularity() != Granularity.DAY
            || !told.value().within(date.value())) {
          return event;
        }
        day = told;
      }
    }
    return day == null ? event : event.dated(day, Optional.empty());
  }

  /**
   * How much of the question an answer covers: its passage; for a question asking when an article
   * was published, the article; for a question that names a period the answer's date falls in, the
   * story around it ("what did stalin and mao sign in february 1950": the treaty's paragraph, its
   * signatories named in the next).
   */
  private static double covered(ParsedQuestion parsed, EventRanker.Ranked answer) {
    if (parsed.type() == QuestionType.PUBLISHED) {
      // "When was the piece on the treaty going sour published" asks of an article, not a passage.
      return Math.max(answer.coverage(), answer.articleCoverage());
    }
    return parsed.scope().isPresent() && answer.date().isPresent()
        ? Math.max(answer.coverage(), answer.storyCoverage())
        : answer.coverage();
  }

  /**
   * How much lower a finer-dated answer may score and still be put first (see finerFirst): the
   * same event told to the day in another article scores lower on that article's other words
   * ("ordered an invasion of Panama" in December 1989 in the canal's essay, 0.2 above "on December
   * 20, 1989 ... to invade Panama" in the one on Central America).
   */
  static final double FINER_SCORE = 0.2;

  /** How much less of the question it may cover. */
  static final double FINER_COVERAGE = 0.05;

  /**
   * The answers with one put first that dates the best one's event more finely, inside its year or
   * month and telling the end asked as well: an answer about as good, whose own clause covers as
   * much of the question, or one that retells the best one's event in nearly its words ("Johnson
   * announced that he would not seek a second term", in 1968 in an overview and on March 31, 1968,
   * in another essay; see {@link Retelling}). A date of the same year telling another event of it
   * is not put first: its clause or its end differs.
   */
  static List<EventRanker.Ranked> finerFirst(
      ParsedQuestion parsed, List<EventRanker.Ranked> ranked) {
    if (ranked.size() < 2 || parsed.type() == QuestionType.PUBLISHED) {
      return ranked;
    }
    EventRanker.Ranked top = ranked.get(0);
    if (top.date().isEmpty() || top.date().get().value().granularity() == Granularity.DAY) {
      return ranked;
    }
    DateValue coarse = top.date().get().value();
    Retelling retelling = new Retelling(top.sentence());
    for (int i = 1; i < Math.min(MAX_ANSWERS, ranked.size()); i++) {
      EventRanker.Ranked r = ranked.get(i);
      if (r.date().isPresent()
          && finer(r.date().get().value(), coarse)
          && r.aspect() >= top.aspect()
          && (retelling.of(r)
              || r.score() >= top.score() - FINER_SCORE
                  && r.coverage() >= top.coverage() - FINER_COVERAGE
                  && r.clauseCoverage() >= top.clauseCoverage())) {
        List<EventRanker.Ranked> reordered = new ArrayList<>(ranked);
        reordered.remove(i);
        // One event, told twice: what the best answer covered of the question, this one covers.
        reordered.set(0, r.coveringAsMuchAs(top));
        reordered.add(1, top);
        return reordered;
      }
    }
    return ranked;
  }

  private static boolean finer(DateValue fine, DateValue coarse) {
    return fine.granularity().precisionRank() < coarse.granularity().precisionRank()
        && fine.within(coarse);
  }

  /**
   * The answers in their order, or, when the best covers too little of the question, with the first
   * answer scored within {@link #CLOSE_SCORE} of it that covers {@code enough} put first: an answer
   * about as good that says what was asked beats giving none ("trade insults over the missile
   * crisis": the passage on the quarrel, not the crisis essay that lacks it).
   */
  static List<EventRanker.Ranked> coveredFirst(
      ParsedQuestion parsed, List<EventRanker.Ranked> ranked, double enough) {
    if (ranked.isEmpty() || covered(parsed, ranked.get(0)) >= enough) {
      return ranked;
    }
    double top = ranked.get(0).score();
    for (int i = 1; i < ranked.size(); i++) {
      EventRanker.Ranked r = ranked.get(i);
      if (r.score() < top - CLOSE_SCORE) {
        break;
      }
      if (covered(parsed, r) >= enough) {
        List<EventRanker.Ranked> moved = new ArrayList<>(ranked);
        moved.remove(i);
        moved.add(0, r);
        return moved;
      }
    }
    return ranked;
  }

  /**
   * The share of the question's known weight the best answer must cover to be given. Words no
   * article holds count in no coverage; {@link #unknownTopic} judges them.
   */
  static double coverageNeeded(QuestionQuery query) {
    return query.concepts().size() >= LONG_QUESTION
        ? MIN_COVERAGE * LONG_QUESTION_SHARE
        : MIN_COVERAGE;
  }

  /**
   * Whether the one unknown word of a question is chat or a slip beside it ("when did the korean
   * war end bruv"): the answer's clause says most of the rest, in an article mostly about it or,
   * four known words or more beside it, in any article (half of them, six or more); or, five or
   * more, its passage says most of them. A name never read of leaves the rest told of other things
   * ("operation zandvoria exposed"); a name of two words or more ("tsar bomba") stays one.
   */
  private static boolean strayWord(QuestionQuery query, EventRanker.Ranked best) {
    List<Concept> unknown =
        query.concepts().stream().filter(c -> c.alternatives().isEmpty()).toList();
    if (unknown.size() != 1 || unknown.get(0).word().contains(" ")) {
      return false;
    }
    int knownWords =
        query.concepts().stream()
            .filter(c -> !c.alternatives().isEmpty())
            .mapToInt(c -> c.alternatives().get(0).size())
            .sum();
    boolean inTitledArticle =
        knownWords >= STRAY_WORD_BESIDE
            && best.topicCoverage() >= STRAY_WORD_TOPIC
            && best.clauseCoverage() >= STRAY_WORD_CLAUSE;
    boolean inClause =
        knownWords >= STRAY_WORD_BESIDE_CLAUSE
            && best.clauseCoverage()
                >= (knownWords >= STRAY_WORD_LONG ? STRAY_WORD_LONG_CLAUSE : STRAY_WORD_CLAUSE);
    boolean inPassage =
        knownWords >= STRAY_WORD_BESIDE_PASSAGE && best.coverage() >= STRAY_WORD_PASSAGE;
    return inTitledArticle || inClause || inPassage;
  }

  /**
   * Whether the question names something Hotline has never read of: a word no article holds nor
   * spells alike, unless typed as a verb form ({@link #doingShare}), when the rest of the question
   * is not all said in the passage of the answer (a stray word of chat does not stop a clear
   * question), or when it is most of the question.
   */
  private static boolean unknownTopic(
      QuestionQuery query, String question, EventRanker.Ranked best) {
    double unknown = query.unknownShare();
    if (unknown == 0) {
      return false;
    }
    if (strayWord(query, best)) {
      return false;
    }
    if (query.unknownNameShare() >= MAX_UNKNOWN_NAME_SHARE) {
      // "Operation gladio exposed": the name is the question; the rest may be told of anything.
      return true;
    }
    double topic = unknown - doingShare(query, question);
    if (topic <= 0) {
      return false;
    }
    return topic >= MAX_UNKNOWN_SHARE
        || best.coverage() < KNOWN_COVERED;
  }

  /** The shortest stem read as a verb's: a shorter one may be a name's ("Ahmed", "Nanking"). */
  private static final int DOING_STEM = 5;

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /**
   * The share of the question's weight in unknown words typed as a verb's -ing or -ed form
   * ("reinventing itself"): how the asker tells what happened, not a name Hotline lacks.
   */
  static double doingShare(QuestionQuery query, String question) {
    float doing = 0;
    String[] words = NON_LETTERS.split(question.toLowerCase(Locale.ROOT));
    for (Concept concept : query.concepts()) {
      if (!concept.alternatives().isEmpty() || concept.word().length() < DOING_STEM) {
        continue;
      }
      for (String word : words) {
        if (word.length() > concept.word().length()
            && word.startsWith(concept.word())
            && (word.endsWith("ing") || word.endsWith("ed"))) {
          doing += concept.weight();
          break;
        }
      }
    }
    float total = query.totalWeight();
    return total <= 0 ? 0 : doing / total;
  }

  private AnswerResult onDay(
      PassageIndex idx,
      ParsedQuestion parsed,
      Optional<QuestionQuery> query,
      Optional<String> notice) {
    MonthDay day = parsed.monthDay().orElseThrow();
    List<Answer> answers = rankDay(idx, day, query, MAX_ANSWERS);
    if (answers.isEmpty()) {
      return noAnswer(parsed, "I know of no event on " + DateValue.inWords(day) + ".", List.of());
    }
    return new AnswerResult(parsed, answers, notice, List.of());
  }

  private List<Answer> rankDay(
      PassageIndex idx, MonthDay day, Optional<QuestionQuery> query, int limit) {
    List<PassageHit> hits = idx.onMonthDay(day, query, 200);
    ParsedQuestion parsed =
        new ParsedQuestion(
            "",
            "",
            QuestionType.ON_THIS_DAY,
            Optional.empty(),
            false,
            Optional.of(day),
            false,
            Aspect.ANY,
            false,
            false,
            false);
    List<EventRanker.Ranked> ranked =
        new ArrayList<>(
            new EventRanker(
                    parsed, query.orElse(null), AskedThing.none(), weights, marksCache.of(idx))
                .rank(hits, onDay(day)));
    ranked.removeIf(r -> r.date().isEmpty() || !onDay(day).test(r.date().get()));
    Map<EventRanker.Ranked, Integer> beside = new IdentityHashMap<>();
    ranked.forEach(r -> beside.put(r, datesBeside(r)));
    ranked.sort(
        Comparator.comparing((EventRanker.Ranked r) -> !coldWar(r.date().get()))
            .thenComparing(Comparator.comparingDouble(EventRanker.Ranked::score).reversed())
            .thenComparingInt(beside::get)
            .thenComparing(r -> r.date().get().relative())
            .thenComparing(r -> r.date().get().value().from()));
    return ranked.stream()
        .limit(limit)
        .map(r -> toAnswer(r, r.event(), 1.0, QuestionType.WHAT))
        .toList();
  }

  /**
   * How many other dates share the sentence of an answer's date: a sentence that names one day is
   * about what happened then, one that lists several tells a sequence of lesser steps.
   */
  private static int datesBeside(EventRanker.Ranked r) {
    DateMention date = r.date().get();
    if (date.start() < 0) {
      return 0;
    }
    for (Sentences.Span sentence : r.hit().sentences()) {
      if (sentence.contains(date.start())) {
        return (int)
                r.hit().passage().dates().stream().filter(d -> sentence.contains(d.start())).count()
            - 1;
      }
    }
    return 0;
  }

  private EventRanker ranker(PassageIndex idx, ParsedQuestion parsed, QuestionQuery query) {
    AskedThing thing = AskedThing.of(parsed, query, idx::typedTerms);
    return new EventRanker(parsed, query, thing, weights, marksCache.of(idx));
  }

  /** Dates that can answer an "on this day" question for {@code day}. */
  private static Predicate<DateMention> onDay(MonthDay day) {
    return d -> d.granularity() == Granularity.DAY && MonthDay.from(d.value().from()).equals(day);
  }

  private AnswerResult inPeriod(
      PassageIndex idx, ParsedQuestion parsed, DateValue scope, Optional<String> notice) {
    Map<DateValue, List<Told>> byDate = toldByDate(idx.within(scope, PERIOD_PASSAGES), scope);
    // The most precise dates first, then those the most passages tell (the invasion of
    // Czechoslovakia before a test told once), then in time order; counted dates ("two days
    // later") after named ones.
    List<DateValue> dates = new ArrayList<>(byDate.keySet());
    dates.sort(
        Comparator.comparing((DateValue d) -> d.granularity().precisionRank())
            .thenComparing(d -> byDate.get(d).stream().allMatch(t -> t.event().date().relative()))
            .thenComparing(d -> -byDate.get(d).size())
            .thenComparing(DateValue::from)
            .thenComparing(DateValue::to));
    EventRanker ranker =
        new EventRanker(parsed, null, AskedThing.none(), weights, marksCache.of(idx));
    List<Answer> answers = new ArrayList<>();
    for (DateValue date : dates) {
      if (answers.size() == MAX_ANSWERS) {
        break;
      }
      PassageHit teller = mostRetold(byDate.get(date));
      ranker.rank(List.of(teller), d -> d.value().equals(date)).stream()
          .filter(r -> r.date().isPresent())
          .findFirst()
          .ifPresent(r -> answers.add(toAnswer(r, r.event(), 1.0, QuestionType.WHAT)));
    }
    if (answers.isEmpty()) {
      return noAnswer(parsed, "I know of no event in " + scope.inWords() + ".", List.of());
    }
    return new AnswerResult(parsed, answers, notice, List.of());
  }

  /** Passages read for a period's events: enough for any decade of the corpus. */
  private static final int PERIOD_PASSAGES = 5000;

  /** A passage and the first event it tells of one date. */
  private record Told(PassageHit hit, Event event) {}

  /** The period's events by their dates, each passage once a date. */
  private static Map<DateValue, List<Told>> toldByDate(List<PassageHit> hits, DateValue scope) {
    Map<DateValue, List<Told>> byDate = new HashMap<>();
    for (PassageHit hit : hits) {
      Set<DateValue> seen = new HashSet<>();
      for (EventHit told : hit.events()) {
        DateValue date = told.event().date().value();
        if (date.within(scope) && seen.add(date)) {
          byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(new Told(hit, told.event()));
        }
      }
    }
    return byDate;
  }

  /**
   * The passage of one date's tellings whose event the others' words agree with most: on October
   * 23, 1956 the rising in Budapest that four articles tell, not the statute one of them tells
   * beside it.
   */
  private static PassageHit mostRetold(List<Told> tellings) {
    List<Set<String>> words =
        tellings.stream().map(t -> Retelling.words(t.event().description())).toList();
    PassageHit best = tellings.get(0).hit();
    int bestShared = -1;
    for (int i = 0; i < tellings.size(); i++) {
      int shared = 0;
      for (int j = 0; j < tellings.size(); j++) {
        if (i != j) {
          Set<String> common = new HashSet<>(words.get(i));
          common.retainAll(words.get(j));
          shared += common.size();
        }
      }
      if (shared > bestShared) {
        best = tellings.get(i).hit();
        bestShared = shared;
      }
    }
    return best;
  }

  private static boolean coldWar(DateMention date) {
    int year = date.value().year();
    return year >= COLD_WAR_FROM && year <= COLD_WAR_TO;
  }

  private static Answer toAnswer(
      EventRanker.Ranked r, Optional<Event> event, double confidence, QuestionType type) {
    var passage = r.hit().passage();
    Optional<DateMention> date = event.map(Event::date).or(r::date);
    if (type == QuestionType.PUBLISHED && passage.published() != null) {
      // "When was it published?" is answered by the article's date, not by an event in it.
      date =
          Optional.of(
              new DateMention(
                  DateValue.day(passage.published()),
                  "published " + passage.published(),
                  0,
                  0,
                  false));
      event = Optional.empty();
    }
    return new Answer(
        passage.id(),
        passage.text(),
        r.sentence(),
        date,
        passage.published(),
        passage.title(),
        passage.source(),
        passage.url(),
        r.score(),
        Math.min(1.0, confidence),
        event);
  }

  private static List<String> suggestions(List<EventRanker.Ranked> ranked) {
    Set<String> titles = new LinkedHashSet<>();
    for (EventRanker.Ranked r : ranked) {
      if (titles.size() == 3) {
        break;
      }
      titles.add(r.hit().passage().title());
    }
    return List.copyOf(titles);
  }

  private static AnswerResult noAnswer(
      ParsedQuestion parsed, String why, List<String> suggestions) {
    String notice = parsed.truncated() ? truncatedNotice() + " " + why : why;
    return new AnswerResult(parsed, List.of(), Optional.of(notice), suggestions);
  }

  private static String truncatedNotice() {
    return "That was a long question: I read its first "
        + QuestionParser.MAX_QUESTION_CHARS
        + " characters.";
  }
}
