package dev.hotline.answer;

import dev.hotline.dates.DateExtractor;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import dev.hotline.index.Spelling;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chat question: its type, the period or day it names, and the words left to search for.
 */
public final class QuestionParser {
  /** Questions longer than this are read up to here: enough for any real question. */
  public static final int MAX_QUESTION_CHARS = 500;

  /** A word for a piece's coming out, or its date. */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "\\b(published|posted|publication date|publish(?:ing)? date|posting date)\\b");

  /** "The date on that article": a date asked of the piece itself. */
  private static final Pattern DATE_OF_PIECE =
      Pattern.compile(
          "\\bdate (?:on|of) (?:the|this|that|your)"
              + " (?:[\\w'’-]+\\s+){0,3}?(?:article|piece|essay|story|post)(?![\\w-])");

  /** "When was this published": the piece the asker is reading, unnamed. */
  private static final Pattern THIS_ONE =
      Pattern.compile("\\b(?:was|is) (?:this|that) (?:one )?(?:published|posted)\\b");

  /** "When did the piece run": the article itself, and a word for its coming out. */
  private static final Pattern THE_ARTICLE =
      Pattern.compile(
          "\\b(the|this|that|your|its|their)\\s+(?:[\\w'’-]+\\s+){0,5}?"
              + "(article|piece|essay|story|post|blog)\\b");

  private static final Pattern CAME_OUT =
      Pattern.compile(
          "\\b(run|ran|come out|came out|appear|appeared|written|wrote|write|printed|go up"
              + "|went up|dated|put (?:out|up)|online)\\b"
              + "|\\bfrom\\s*\\??$");

  private static final Pattern WHEN =
      Pattern.compile(
          "\\b(when|what year|which year|what date|which date|what day|which day|date of|dates?"
              + "|year of|how long ago|since when)\\b|\\bdate\\??$");

  /** Words asking for the day something happened, not its year: "what day", "the exact date". */
  private static final Pattern DAY_ASKED =
      Pattern.compile(
          "\\b(?:what|which|exact|precise|the|its) day\\b|\\bexact(?:ly)?\\b|\\bdate\\b");

  private static final Pattern HAPPENED =
      Pattern.compile(
          "\\b(what|anything|something|events?)\\b.*\\b(happen|happened|occurred|took place|going"
              + " on|events?)\\b");
  private static final Pattern WHO =
      Pattern.compile(
          "^(who|whom|whose)\\b|\\b(which|what)"
              + " (senator|president|leader|country|general|man|woman|person|premier|official"
              + "|diplomat|spy|nation|party)\\b");
  private static final Pattern WHERE = Pattern.compile("^where\\b|\\bwhere (was|were|did|is)\\b");
  /** The words of "what caused X", "what led to X": questions asking why X happened. */
  private static final String CAUSED =
      "what (?:caused|led to|lead to|triggered|sparked|provoked|brought about)";

  private static final Pattern WHY =
      Pattern.compile("^why\\b|\\bwhy (did|was|were|do)\\b|\\breason\\b|^" + CAUSED + "\\b");

  /** A question asking what caused a thing, with the thing. */
  private static final Pattern CAUSE_ASKED =
      Pattern.compile("(?i)^\\W*" + CAUSED + "\\s+(?<thing>.+?)\\W*$");

  /** Words that ask about the article itself rather than its subject, in "published" questions. */
  private static final Pattern ABOUT_THE_ARTICLE =
      Pattern.compile(
          "(?i)\\b(article|story|piece|post|essay|blog|entry|published|publication|publish"
              + "|publishing|posted|posting|online|put out|put up|go up|went up|written|write|wrote"
              + "|author|run|ran|came out|come out|appeared|printed)\\b");

  /**
   * A pointer to the text the answer is in ("according to the article", "per the russian life
   * piece", "in that post"): it says where to read, not what happened.
   */
  private static final Pattern SOURCE_POINTER =
      Pattern.compile(
          "(?i)[,;]?\\s*\\b(?:acc?ording to|per|in|from)\\s+(?:(?:the|this|that|your|an?|its)\\s+)?"
              + "(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?(?:article|piece|post|story|essay)s?\\b"
              // "why does the author say the treaty backfired": what the writer says is asked.
              + "|\\b(?:does|did|do)\\s+(?:the|this|that)\\s+(?:author|writer|article|piece|post"
              + "|story|essay|text)\\s+(?:say|claim|mention|write|think|argue|suggest|describe"
              + "|explain|call|note|discuss|bring up|talk about)s?"
              + "(?:\\s+that)?\\b");

  private static final Pattern EXTRA_SPACE = Pattern.compile("\\s+");

  /**
   * A phrasal verb whose particle follows its object ("pulled their troops out", "tore the wall
   * down", "called the talks off"), read with the particle beside the verb, as the synonyms know
   * it.
   */
  private static final Pattern PARTICLE_AFTER_OBJECT =
      Pattern.compile(
          "(?i)\\b(?<verb>pull|pulls|pulled|pulling|tear|tears|tore|torn|tearing|call|calls|called"
              + "|calling|kick|kicks|kicked|kicking|throw|throws|threw|thrown|throwing|shut|shuts"
              + "|shutting|cut|cuts|cutting|break|breaks|broke|broken|breaking|set|sets|setting"
              + "|turn|turns|turned|turning|give|gives|gave|given|giving|wind|winds|wound|winding)"
              + "\\s+(?<object>(?:(?!out|down|off|up)[\\p{L}'’]+\\s+){1,3}?)"
              + "(?<particle>out|down|off|up)\\b");

  /**
   * "Take place" and "how long did it take" say only that something happened: "take" is searched
   * for only where it names what happened ("take effect", "take power").
   */
  private static final Pattern TAKING_PLACE =
      Pattern.compile(
          "(?i)\\b(?:take|takes|took|taken|taking) place\\b"
              + "|(?<=\\b(?:did|does|do|will|would) (?:it|they|that|this) )"
              + "take\\b");

  private static final Pattern HOW_LONG =
      Pattern.compile(
          "(?i)\\bhow (?:long|many (?:days|weeks|months|years))\\b|\\b(?:last|lasts|lasted|go on"
              + "|went on|duration)\\b");

  private final DateExtractor dates = DateExtractor.forQuestions();

  /** Words as long as "article" give or take a letter, starting as it does. */
  private static final Pattern ARTICLE_LIKE = Pattern.compile("(?i)\\ba\\p{L}{5,7}\\b");

  /**
   * The text with "article" typed one slip off ("artcle", "aritcle") spelt right: a slip does not
   * make the article pointed at a topic to search for.
   */
  static String articleRespelt(String text) {
    Matcher words = ARTICLE_LIKE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      words.appendReplacement(out, Matcher.quoteReplacement(articleMeant(words.group())));
    }
    words.appendTail(out);
    return out.toString();
  }

  /** "article" or "articles" where {@code typed} is one slip from it; otherwise as typed. */
  private static String articleMeant(String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    if (word.equals("article") || word.equals("articles")) {
      return typed;
    }
    for (String meant : List.of("article", "articles")) {
      if (Spelling.oneSlipApart(word, meant)) {
        return meant;
      }
    }
    return typed;
  }

  public ParsedQuestion parse(String question) {
    String text = question == null ? "" : question.strip();
    boolean truncated = text.length() > MAX_QUESTION_CHARS;
    if (truncated) {
      int cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
      text = text.substring(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS);
    }
    boolean otherLanguage = ChatText.otherLanguage(text);
    text = articleRespelt(MonthSlips.respelt(ChatText.clean(text)));
    String lower = text.toLowerCase(Locale.ROOT);
    DateExtractor.QuestionDates found = dates.questionDates(text);
    Optional<DateExtractor.MonthDayMention> dayMention = found.monthDay();
    Optional<MonthDay> monthDay = dayMention.map(DateExtractor.MonthDayMention::day);
    List<DateMention> mentions = found.mentions();
    Optional<DateMention> scoping = mentions.stream().filter(m -> !m.relative()).findFirst();
    Optional<DateValue> scope = scoping.map(m -> bounded(lower, m));
    // A year placing the asked thing after or before another dates that other thing.
    boolean scopeNamesThing =
        scoping.isPresent()
            && scope.get().equals(scoping.get().value())
            && namesThing(text, scoping.get());
    String searchText = withoutDates(text, mentions, dayMention);
    if (lower.contains(" out")
        || lower.contains(" down")
        || lower.contains(" off")
        || lower.contains(" up")) {
      searchText =
          PARTICLE_AFTER_OBJECT
              .matcher(searchText)
              .replaceAll("${verb} ${particle} ${object}")
              .strip();
    }
    // The two patterns look around each place they try, so they are run only where their words are.
    if (lower.contains("tak") || lower.contains("took")) {
      searchText = TAKING_PLACE.matcher(searchText).replaceAll(" ").strip();
    }
    QuestionType type = type(lower, scope, monthDay);
    if (type == QuestionType.PUBLISHED) {
      searchText = ABOUT_THE_ARTICLE.matcher(searchText).replaceAll(" ").strip();
    } else {
      String unpointed = SOURCE_POINTER.matcher(searchText).replaceAll(" ").strip();
      if (!unpointed.isBlank()) {
        searchText = unpointed;
      }
    }
    // A start or end word typed with a slip is that word, searched for no more than it is.
    searchText = Cues.respelt(searchText);
    // "What caused the Vietnam war" asks why it happened; the cause words are the question's.
    searchText = CAUSE_ASKED.matcher(searchText).replaceFirst("why did ${thing} happen");
    Cues.Asking asking = Cues.read(searchText);
    Aspect aspect = asking.aspect();
    if (aspect == Aspect.SPAN) {
      // "How long did it last" says what is asked, not what it is about.
      searchText = HOW_LONG.matcher(searchText).replaceAll(" ").strip();
    }
    String aspectless = Cues.withoutAspectWords(searchText);
    if (!aspectless.isBlank()) {
      searchText = aspectless;
    }
    return new ParsedQuestion(
        question,
        searchText,
        type,
        scope,
        scopeNamesThing,
        monthDay,
        truncated,
        aspect,
        asking.outright(),
        otherLanguage,
        // A piece's publication is one day, whatever the passage that answers says.
        type != QuestionType.PUBLISHED && DAY_ASKED.matcher(lower).find());
  }

  private static QuestionType type(
      String lower, Optional<DateValue> scope, Optional<MonthDay> monthDay) {
    // "Published" alone does not point at the article: the Pentagon Papers and the X article were
    // published too, and a question about them asks when that happened.
    if (PUBLISHED.matcher(lower).find()
            && (THE_ARTICLE.matcher(lower).find() || THIS_ONE.matcher(lower).find())
        || DATE_OF_PIECE.matcher(lower).find()
        || namesThePiece(lower)
            && THE_ARTICLE.matcher(lower).find()
            && CAME_OUT.matcher(lower).find()
            && WHEN.matcher(lower).find()) {
      return QuestionType.PUBLISHED;
    }
    if (monthDay.isPresent() && scope.isEmpty()) {
      return QuestionType.ON_THIS_DAY;
    }
    if (WHEN.matcher(lower).find()) {
      return QuestionType.WHEN;
    }
    if (scope.isPresent() && HAPPENED.matcher(lower).find()) {
      return QuestionType.IN_PERIOD;
    }
    if (WHO.matcher(lower).find()) {
      return QuestionType.WHO;
    }
    if (WHERE.matcher(lower).find()) {
      return QuestionType.WHERE;
    }
    if (WHY.matcher(lower).find()) {
      return QuestionType.WHY;
    }
    return QuestionType.WHAT;
  }

  /** Whether a question holds a word for the article itself: {@link #THE_ARTICLE} needs one. */
  private static boolean namesThePiece(String lower) {
    for (String piece : PIECES) {
      if (lower.contains(piece)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> PIECES =
      List.of("article", "piece", "essay", "story", "post", "blog");

  /**
   * Whether a year is part of a name, between a determiner and a word ("the 1948 war", "their 1949
   * armistice") or after a thing's "of" ("the war of 1812"): it tells which thing is asked about,
   * not when the answer falls.
   */
  private static boolean namesThing(String text, DateMention mention) {
    if (mention.granularity() != Granularity.YEAR) {
      return false;
    }
    String before = text.substring(0, mention.start());
    return DETERMINER_BEFORE.matcher(before).find()
            && WORD_AFTER.matcher(text.substring(mention.end())).lookingAt()
        || THING_OF.matcher(before).find();
  }

  /**
   * A thing named "of" its year ("the convention of 1800", "the act of 1947"), unlike a part of the
   * year ("the summer of 1948", "the end of 1989").
   */
  private static final Pattern THING_OF =
      Pattern.compile(
          "(?i)\\b(?!(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half|part"
              + "|course|rest|close|turn|year|years|month|months|weeks|days|january|february|march"
              + "|april|may|june|july|august|september|october|november|december|early|late|mid"
              + "|most|all|much|some|each|one|any|none|out|because|instead|top)\\b)"
              + "\\p{L}{3,}\\s+of\\s+$");

  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:the|a|an|its|their|his|her|our|that|this|these|those|whose)\\s+"
              // "The original 1950 pact": a word or two may describe the thing before its year,
              // but not a preposition, which puts the year in time ("the pact in 1950").
              + "(?:(?!(?:in|on|at|during|by|from|since|after|before|until|till|around|of|for|to"
              + "|and|or|between|about|than|as)\\b)\\p{L}+\\s+){0,2}$"
              // "1973 arab oil embargo - when was it lifted": a year opening the question names
              // too.
              + "|^\\s*$");

  /** A word that goes on the name, not one that joins another date ("the 1948 and 1949 talks"). */
  private static final Pattern WORD_AFTER =
      Pattern.compile(
          "(?i)\\s+(?!(?:and|or|to|until|till|through|what|when|who|why|where|which|how)\\b)"
              + "\\p{L}");

  /**
   * The period a question's date puts its answer in: the date's own, or from it on when it stands
   * in a clause that places the asked thing after another ("arms sales resumed after the 65 war"),
   * or up to it in one placing it before: the other thing's year is not the answer's.
   */
  private static DateValue bounded(String lower, DateMention mention) {
    DateValue date = mention.value();
    if (inClause(AFTER_CLAUSE, lower, mention)) {
      return date.onward();
    }
    if (inClause(BEFORE_CLAUSE, lower, mention)) {
      return date.upTo();
    }
    return date;
  }

  private static boolean inClause(Pattern clause, String lower, DateMention mention) {
    Matcher m = clause.matcher(lower);
    while (m.find()) {
      if (m.start() < mention.start() && mention.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** The rest of a placing clause: up to a comma or the question's own words ("when did"). */
  private static final String CLAUSE_REST =
      "(?:(?!\\b(?:when|what|who|whom|where|why|how|did|does|do)\\b)[^,;?])*";

  /** A clause placing the asked thing after another: "after the 65 war", "once 1812 was over". */
  private static final Pattern AFTER_CLAUSE =
      Pattern.compile("\\b(?:after|since|following|once)\\b" + CLAUSE_REST);

  /** A clause placing it before another: "before the 1917 revolution". */
  private static final Pattern BEFORE_CLAUSE =
      Pattern.compile("\\b(?:before|prior to)\\b" + CLAUSE_REST);

  /** The question with its scoping dates cut out, so that "1962" is a filter rather than a word. */
  private static String withoutDates(
      String text, List<DateMention> mentions, Optional<DateExtractor.MonthDayMention> day) {
    StringBuilder out = new StringBuilder(text);
    List<int[]> spans = new java.util.ArrayList<>();
    mentions.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
    day.ifPresent(d -> spans.add(new int[] {d.start(), d.end()}));
    spans.sort((x, y) -> Integer.compare(y[0], x[0]));
    for (int[] span : spans) {
      out.replace(span[0], span[1], " ");
    }
    String result = out.toString();
    return EXTRA_SPACE.matcher(result).replaceAll(" ").strip();
  }
}
