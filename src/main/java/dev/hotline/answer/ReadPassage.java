package dev.hotline.answer;

import dev.hotline.dates.DateMention;
import dev.hotline.index.EventHit;
import dev.hotline.index.PassageHit;
import dev.hotline.index.TermMatch;
import dev.hotline.passage.Event;
import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A found passage read closely for one question: which of the question's words each event's clause
 * really tells (not those it only times something by, nor those it denies), where the story of an
 * event goes on, and which end of what was asked it tells.
 */
final class ReadPassage {
  /** Words that place a clause's time by another event. */
  private static final Pattern TIME_LINK =
      Pattern.compile("\\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Uu]ntil|[Pp]rior to)\\b");

  /** Words that deny what follows them, or only propose, attempt or hope for it. */
  private static final Pattern NEGATION =
      Pattern.compile(
          // "No." before a number ("reactor No. 4") is a number's sign, not a denial.
          "(?i)\\b(?:not|never|no(?!\\.\\s*\\d)|nobody|no one|neither|nor|denied|denies|refused"
              + "|refuses)\\b"
              + "|n't\\b"
              + "|\\b(?:tried|trying|attempted|attempting|sought|seeking|hoping|hoped|planned"
              + "|planning|proposed|proposal|resolution|threatened|threatening|intended|intending"
              + "|aimed|aiming|wanted|needed|needing|failed|vowed|pledged|promised)\\s+to\\b");

  /**
   * Words that only offer, propose, invite or urge what follows them ("a note offering a reunified
   * Germany", "an invitation to visit China", "urged Gorbachev to tear down this wall"), weigh it,
   * plan it or fail at it ("had discussed the merits of supporting a military coup in 1970", "plans
   * for the invasion", "a failed coup attempt"): it had not happened then. "Proposed" is left out:
   * proposing in a speech is often the deed asked of ("proposed Atoms for Peace in an address").
   */
  private static final String INTENT_WORDS =
      "offers|offered|offering|proposes|proposing|invitation|urges|urged|urging"
          + "|discussed|discussing|considered|considering|contemplated|contemplating|debated"
          + "|debating|failed|abortive"
          + "|(?-i:plans?)\\s+(?:for|to)";

  private static final Pattern INTENT = Pattern.compile("(?i)\\b(?:" + INTENT_WORDS + ")\\b");

  /**
   * In a listed description, told in the present, "will" foretells too ("Nixon announces that he
   * will visit China"); in a text it is as often a noun or a quotation.
   */
  private static final Pattern DESCRIBED_INTENT =
      Pattern.compile("(?i)\\b(?:" + INTENT_WORDS + "|will)\\b");

  /**
   * A question asking of an offer, proposal, invitation or urging, a discussion, an attempt or a
   * failure itself, which its words then tell.
   */
  private static final Pattern INTENT_ASKED =
      Pattern.compile(
          "(?i)\\b(?:offer|offers|offered|propos\\w*|invit\\w*|urg\\w*|will|discuss\\w*"
              + "|consider\\w*|contemplat\\w*|debat\\w*|talk\\w*|fail\\w*|attempt\\w*|tr(?:y|ied)"
              + "|pitch\\w*|float\\w*|idea)\\b");

  /** Words that point back to something named before them ("Congress approved it"). */
  private static final Pattern ANAPHOR =
      Pattern.compile(
          "\\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|both|[Tt]he"
              + " (?:two|three|four|five) (?:countries|sides|states|leaders|men|powers))\\b");

  /** Characters after such a word within which the other event is named. */
  static final int TIME_LINK_REACH = 40;

  /** Characters after a denial within which a word is denied. */
  static final int NEGATION_REACH = 50;

  /** How far past a denying word a comma still belongs to it ("not, however,"). */
  private static final int MIN_DENIED_SPAN = 5;

  /** Characters within which a start or end word belongs to the question's words. */
  static final int CUE_REACH = 30;

  private static final int[] NO_OFFSETS = new int[0];

  final PassageHit hit;
  private final Marks marks;

  /** Whether the question asks of an offer or proposal, so words offering do not deny. */
  private final boolean intentAsked;

  /** Whether the question asks of something not done, so words denying it tell it. */
  private final boolean denialAsked;

  /** Whether the question asks of a death, so a death told is the end it asks. */
  private final boolean deathAsked;

  ReadPassage(
      PassageHit hit,
      Marks marks,
      boolean intentAsked,
      boolean denialAsked,
      boolean deathAsked) {
    this.hit = hit;
    this.marks = marks;
    this.intentAsked = intentAsked;
    this.denialAsked = denialAsked;
    this.deathAsked = deathAsked;
  }

  /** A question asking of something not done: "when did johnson say he would not run again". */
  private static final Pattern DENIAL_ASKED = Pattern.compile("(?i)\\b(?:not|never)\\b|n't\\b");

  /** A death a text tells: the end of a life, not of the war or the treaty asked about. */
  private static final Pattern DEATH = Pattern.compile("(?:die[sd]?|dying|death)\\b");

  /**
   * Ends that name nothing else: a ceasefire or an armistice ends the fighting its clause is about,
   * whoever stands beside it ("India accepted the ceasefire on September 21").
   */
  private static final Pattern FIGHTING_END =
      Pattern.compile("(?i)(?:armistice|ceasefire|cease-fire)\\b");

  private static final Pattern DEATH_ASKED =
      Pattern.compile(
          "(?i)\\b(?:die[sd]?|dying|death|dead|deaths|kill(?:s|ed|ing)?|assassinat\\w*|execut\\w*"
              + "|murder\\w*|pass(?:ed|es)? away)\\b");

  /** Whether a question asks of a death ("when did stalin die", "how did kennedy's death ..."). */
  static boolean asksDeath(String question) {
    return DEATH_ASKED.matcher(question).find();
  }

  /** Whether a question, its contractions written out, asks of something not done. */
  static boolean asksDenial(String question) {
    return DENIAL_ASKED.matcher(question).find();
  }

  /** Whether a question asks of an offer, a proposal or an invitation itself. */
  static boolean asksIntent(String question) {
    return INTENT_ASKED.matcher(question).find();
  }

  /**
   * Where a passage's text places times by other events, denies, and tells starts and ends, and
   * where the story of each of its events ends ({@link #storyEnd}): the same for every question, so
   * found once per passage.
   */
  record Marks(
      int[] timeLinks,
      int[] negations,
      int[] negationEnds,
      int[] intents,
      int[] intentEnds,
      int[][] cues,
      int[] anaphors,
      int[] asides,
      int[] relations,
      Map<String, Integer> describedEnds,
      Set<String> deniedDescriptions,
      Set<String> intendedDescriptions,
      Set<String> relationsDescriptions,
      Map<String, Integer> storyEnds) {
    static Marks of(Passage passage, List<Sentences.Span> sentences, List<EventHit> events) {
      String text = passage.text();
      Map<String, Integer> ends = new HashMap<>();
      Set<String> denied = new HashSet<>();
      Set<String> intended = new HashSet<>();
      Set<String> relationsDescribed = new HashSet<>();
      Map<String, Integer> storyEnds = new HashMap<>();
      boolean[] dated = datedSentences(passage, sentences);
      for (EventHit hit : events) {
        Event event = hit.event();
        ends.put(event.id(), Cues.told(event.description()));
        if (denies(event.description())) {
          denied.add(event.id());
        }
        if (DESCRIBED_INTENT.matcher(event.description()).find()) {
          intended.add(event.id());
        }
        if (relationsEstablished(event.description()).length > 0) {
          relationsDescribed.add(event.id());
        }
        storyEnds.put(event.id(), storyEnd(event, sentences, dated));
      }
      int[] relations = relationsEstablished(text);
      int[] negations = affirmedUntil(offsets(NEGATION, text), text, sentences, passage.dates());
      int[] intents = offsets(INTENT, text);
      return new Marks(
          offsets(TIME_LINK, text),
          negations,
          scopeEnds(negations, text),
          intents,
          reachEnds(intents),
          without(outsideDates(Cues.toldAt(text), passage.dates()), relations),
          offsets(ANAPHOR, text),
          bracketsWithDates(text, passage.dates()),
          relations,
          Map.copyOf(ends),
          Set.copyOf(denied),
          Set.copyOf(intended),
          Set.copyOf(relationsDescribed),
          Map.copyOf(storyEnds));
    }
  }

  /**
   * Relations established ("established diplomatic relations", "relations were established"):
   * recognition, not the founding of anything. Each is where its "establish" word stands.
   */
  private static final Pattern RELATIONS_ESTABLISHED =
      Pattern.compile(
          "(?i)\\b(establish(?:es|ed|ing)?)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:relations|ties|liaison|contacts?)\\b"
              + "|\\b(?:relations|ties|liaison|contacts?)\\b[^.;]{0,80}?\\b(?:was|were|been|be)"
              + "\\s+(?:\\w+ly\\s+)?(established)\\b");

  private static int[] relationsEstablished(String text) {
    if (!text.contains("stablish")) {
      return new int[0];
    }
    List<Integer> found = new ArrayList<>();
    Matcher m = RELATIONS_ESTABLISHED.matcher(text);
    while (m.find()) {
      found.add(m.start(1) >= 0 ? m.start(1) : m.start(2));
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * "Until" and a date after a denial in its sentence: "did not reach an agreement until February"
   * says it was reached in February.
   */
  private static final Pattern UNTIL = Pattern.compile("(?i)\\buntil\\b");

  /**
   * What may stand between the start of "until" and its date ("until the spring of 1980"), the word
   * itself part of the date where the date was read with it ("until February").
   */
  private static final Pattern BEFORE_DATE =
      Pattern.compile(
          "(?i)(?:until\\s+(?:(?:the|late|early|mid|end|spring|summer|autumn|fall|winter|of)\\s+)*)?");

  /** The denials that a later "until" and a date in their sentence turn into a time. */
  private static int[] affirmedUntil(
      int[] negations, String text, List<Sentences.Span> sentences, List<DateMention> dates) {
    if (negations.length == 0 || !text.contains("until")) {
      return negations;
    }
    List<Integer> kept = new ArrayList<>();
    for (int negation : negations) {
      Matcher until = UNTIL.matcher(text).region(negation, clauseStop(text, sentences, negation));
      boolean affirmed = false;
      while (!affirmed && until.find()) {
        int from = until.start();
        affirmed =
            dates.stream()
                .anyMatch(
                    d ->
                        d.start() >= from
                            && BEFORE_DATE.matcher(text.substring(from, d.start())).matches());
      }
      if (!affirmed) {
        kept.add(negation);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Where the sentence holding {@code at} ends, or sooner a semicolon after it. */
  private static int clauseStop(String text, List<Sentences.Span> sentences, int at) {
    Sentences.Span sentence = Sentences.containing(sentences, at);
    int stop = sentence == null ? text.length() : sentence.end();
    int semicolon = text.indexOf(';', at);
    return semicolon >= 0 && semicolon < stop ? semicolon : stop;
  }

  /**
   * Where each denial stops reaching: {@link #NEGATION_REACH} characters on, or sooner at the comma
   * or semicolon that closes its clause ("did not consider South Korea of vital interest, Kim's
   * army attacked the South" denies nothing of the attack).
   */
  private static int[] scopeEnds(int[] negations, String text) {
    int[] ends = new int[negations.length];
    for (int i = 0; i < negations.length; i++) {
      // Exclusive: a word starting NEGATION_REACH characters on is still denied.
      int reach = negations[i] + NEGATION_REACH + 1;
      int end = reach;
      // A comma right after the denying word ("not, however,") opens an aside, not a new clause.
      for (int at = negations[i] + MIN_DENIED_SPAN; at < Math.min(reach, text.length()); at++) {
        char c = text.charAt(at);
        if (c == ',' || c == ';') {
          end = at;
          break;
        }
      }
      ends[i] = end;
    }
    return ends;
  }

  /** Where each offering word stops reaching: {@link #NEGATION_REACH} characters on. */
  private static int[] reachEnds(int[] offsets) {
    int[] ends = new int[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      ends[i] = offsets[i] + NEGATION_REACH + 1;
    }
    return ends;
  }

  /** The start and end words not at any of the offsets {@code skipped}. */
  private static int[][] without(int[][] cues, int[] skipped) {
    if (skipped.length == 0) {
      return cues;
    }
    List<int[]> kept = new ArrayList<>();
    for (int[] cue : cues) {
      if (!contains(skipped, cue[0])) {
        kept.add(cue);
      }
    }
    return kept.toArray(new int[0][]);
  }

  private static boolean contains(int[] offsets, int at) {
    for (int offset : offsets) {
      if (offset == at) {
        return true;
      }
    }
    return false;
  }

  /** The start and end words that are not part of a date ("the fall of 1983"). */
  private static int[][] outsideDates(int[][] cues, List<DateMention> dates) {
    return java.util.Arrays.stream(cues)
        .filter(cue -> dates.stream().noneMatch(d -> cue[0] >= d.start() && cue[0] < d.end()))
        .toArray(int[][]::new);
  }

  /**
   * The brackets that hold a date, as {@code open, close} pairs: asides with times of their own.
   */
  private static int[] bracketsWithDates(String text, List<DateMention> dates) {
    List<Integer> spans = new ArrayList<>();
    for (DateMention date : dates) {
      int open = text.lastIndexOf('(', date.start());
      int close = text.indexOf(')', date.end());
      if (open >= 0 && close > 0 && text.lastIndexOf(')', date.start()) < open) {
        spans.add(open);
        spans.add(close);
      }
    }
    return spans.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Which end an event's listed description tells: 1, -1 or 0 (see {@link Cues#told}). */
  int describedEnd(Event event) {
    return marks.describedEnds().getOrDefault(event.id(), 0);
  }

  /**
   * The terms of an event's listed description that tell what happened: without "establish" where
   * it establishes relations, which founds nothing.
   */
  Set<String> describedTerms(EventHit hit) {
    if (!marks.relationsDescriptions().contains(hit.event().id())) {
      return hit.descriptionTerms();
    }
    Set<String> terms = new HashSet<>(hit.descriptionTerms());
    terms.removeIf(term -> term.startsWith("establish"));
    return terms;
  }

  /** Whether an event's listed description denies what it says. */
  boolean describedAsDenied(Event event) {
    return marks.deniedDescriptions().contains(event.id())
        || !intentAsked && marks.intendedDescriptions().contains(event.id());
  }

  String text() {
    return hit.passage().text();
  }

  /**
   * The question's words as an event's clause tells them: without those it names only to time
   * something else by ("on November 12, two days after Brezhnev's death"), those it denies ("nobody
   * intends to build a wall"), those of a bracketed aside with a date of its own, and relations
   * "established", which found nothing.
   */
  List<TermMatch> toldMatches(Event event) {
    if (!event.told()) {
      return hit.matches();
    }
    int[] links = timeLinks();
    int[] denials = denialAsked ? NO_OFFSETS : negations();
    int[] denialEnds = marks.negationEnds();
    int[] intents = intentAsked ? NO_OFFSETS : marks.intents();
    DateMention date = event.date();
    List<TermMatch> kept = new ArrayList<>(hit.matches().size());
    for (TermMatch match : hit.matches()) {
      if (!timedByOther(links, date, match)
          && !denied(denials, denialEnds, event, match)
          && !denied(intents, marks.intentEnds(), event, match)
          && !inOthersAside(marks.asides(), date, match.start())
          && !contains(marks.relations(), match.start())) {
        kept.add(match);
      }
    }
    // Of the kinds of list a hit's own matches are: coverage reads these lists in its innermost
    // loops, where a third kind of list made every size() and get() a slow virtual call.
    return kept.size() == hit.matches().size() ? hit.matches() : List.copyOf(kept);
  }

  private static boolean timedByOther(int[] links, DateMention date, TermMatch match) {
    for (int link : links) {
      if (link > date.start() && link < match.start() && match.start() - link <= TIME_LINK_REACH) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word stands in brackets that hold a date other than the event's ("(expired 1979)").
   */
  private static boolean inOthersAside(int[] asides, DateMention date, int at) {
    for (int i = 0; i < asides.length; i += 2) {
      boolean wordInside = at > asides[i] && at < asides[i + 1];
      boolean dateInside = date.start() > asides[i] && date.start() < asides[i + 1];
      if (wordInside && !dateInside) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word stands within the reach of a denying or offering word of its event's clause. */
  private static boolean denied(int[] denials, int[] ends, Event event, TermMatch match) {
    for (int i = 0; i < denials.length; i++) {
      if (denials[i] >= event.clauseStart()
          && denials[i] < match.start()
          && match.start() < ends[i]) {
        return true;
      }
    }
    return false;
  }

  /** A clause that opens with a verb joined to the one before: "and added", "but then signed". */
  private static final Pattern SHARED_SUBJECT =
      Pattern.compile("\\s*(?:and|but)\\s+(?:then\\s+|later\\s+|also\\s+)?\\p{Ll}+ed\\b");

  /** Whether a text denies what it says ("nobody intends to build a wall"). */
  static boolean denies(String text) {
    return NEGATION.matcher(text).find();
  }

  /**
   * Where the words an event's clause points back to begin: when the clause says "it" or "the three
   * countries", from the start of the sentence before; when it opens with a verb joined to the
   * clause before ("and added"), from the start of its sentence; otherwise its own start.
   */
  int referredFrom(Event event) {
    boolean points = false;
    for (int anaphor : marks.anaphors()) {
      points |= anaphor >= event.clauseStart() && anaphor < event.clauseEnd();
    }
    List<Sentences.Span> sentences = hit.sentences();
    if (!points
        && SHARED_SUBJECT
            .matcher(text())
            .region(event.clauseStart(), event.clauseEnd())
            .lookingAt()) {
      // "The members admitted Greece to NATO in 1952 and added West Germany in 1955": the verb
      // after "and" shares the subject and the words of the clause before it.
      Sentences.Span sentence = Sentences.containing(sentences, event.date().start());
      if (sentence != null) {
        return sentence.start();
      }
    }
    if (!points) {
      return event.clauseStart();
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).contains(event.date().start())) {
        return sentences.get(Math.max(0, i - 1)).start();
      }
    }
    return event.clauseStart();
  }

  /**
   * The matches an event's story may hold: in its clause and the undated sentences after it ({@link
   * #storyEnd}), but not in the later dates' clauses of its own sentence ("Eisenhower announced the
   * doctrine in January, and Congress approved it in March": the approval is March's).
   */
  List<TermMatch> storyMatches(Event event, List<TermMatch> told) {
    if (laterClausesFrom(event) == Integer.MAX_VALUE) {
      return told;
    }
    Sentences.Span sentence = Sentences.containing(hit.sentences(), event.date().start());
    int othersEnd = sentence == null ? event.clauseEnd() : sentence.end();
    List<TermMatch> own = new ArrayList<>(told.size());
    for (TermMatch match : told) {
      if (match.start() < event.clauseEnd() || match.start() >= othersEnd) {
        own.add(match);
      }
    }
    return own;
  }

  /**
   * Where the story of an event ends: the sentences after its own that name no date of their own go
   * on telling it ("Within days the Berlin Wall began to rise in concrete").
   */
  int storyEnd(Event event) {
    Integer end = marks.storyEnds().get(event.id());
    return end != null
        ? end
        : storyEnd(event, hit.sentences(), datedSentences(hit.passage(), hit.sentences()));
  }

  private static int storyEnd(Event event, List<Sentences.Span> sentences, boolean[] dated) {
    int end = event.clauseEnd();
    boolean past = false;
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Span sentence = sentences.get(i);
      if (!past) {
        past = sentence.contains(event.date().start());
        continue;
      }
      if (dated[i]) {
        break;
      }
      end = sentence.end();
    }
    return end;
  }

  /**
   * Which end of what was asked an event's clause and its story tell: a start or end word beside
   * the question's words (1 or -1), or 0 for neither or both.
   */
  int toldEnd(Event event, List<TermMatch> told, AskedThing thing) {
    // The clause and the story after it: "troops sealed the border on August 13. Within days the
    // Wall began to rise."
    int from = event.clauseStart();
    int to = storyEnd(event);
    boolean start = false;
    boolean end = false;
    // A clause without the question's words goes on telling what its sentence is about ("the
    // war, which began in October, humiliated India; China declared a ceasefire in November").
    boolean anyInClause = false;
    boolean thingInClause = false;
    for (TermMatch match : told) {
      boolean inClause = match.start() >= from && match.start() < to;
      anyInClause |= inClause;
      thingInClause |= inClause && thing.namedBy(match);
    }
    int othersFrom = laterClausesFrom(event);
    for (int[] cue : cues()) {
      // "The old treaty (expired 1979) was replaced in 2001": the aside's end is its own event's.
      if (cue[0] < from
          || cue[0] >= to
          || inOthersAside(marks.asides(), event.date(), cue[0])
          || cue[0] >= event.clauseEnd() && timesItsSentence(cue[0])
          || cue[0] >= othersFrom && sameSentence(event.date().start(), cue[0])
          // "The war ... resulted in the death of over 4,200 American combatants".
          || !deathAsked && opensAt(DEATH, cue[0])) {
        continue;
      }
      if (!anyInClause || cue[1] < 0 && opensAt(FIGHTING_END, cue[0])) {
        start |= cue[1] > 0;
        end |= cue[1] < 0;
        continue;
      }
      for (TermMatch match : told) {
        boolean inClause = match.start() >= from && match.start() < to;
        // A word outside the clause is looked at only where the clause opens with its verb, whose
        // subject stands before it ("Apartheid, the name given to ..., came to an end in the
        // early 1990s"): each look reads the text between the word and the cue.
        if (inClause
                && (thingInClause ? namesThingBeside(thing, match, cue[0]) : beside(match, cue[0]))
            || match.start() < from
                && blank(from, cue[0])
                && namesThingBeside(thing, match, cue[0])) {
          start |= cue[1] > 0;
          end |= cue[1] < 0;
        }
      }
    }
    int said = start == end ? 0 : start ? 1 : -1;
    // "At the end of the war of 1980–1988": the end is the range's last year; its first, the start.
    return event.end().isPresent() && said < 0 ? 1 : said;
  }

  /** Whether the passage's text from {@code at} on opens with what {@code pattern} matches. */
  private boolean opensAt(Pattern pattern, int at) {
    return pattern.matcher(text()).region(at, text().length()).lookingAt();
  }

  /**
   * Where the later dates' clauses of an event's sentence begin, if it has any ("commenced on
   * February 13, 1965 and continued through the spring of 1967"): a word there is theirs.
   */
  private int laterClausesFrom(Event event) {
    if (event.date().start() < 0) {
      return Integer.MAX_VALUE;
    }
    Sentences.Span sentence = Sentences.containing(hit.sentences(), event.date().start());
    if (sentence != null) {
      for (DateMention date : hit.passage().dates()) {
        if (date.start() >= event.clauseEnd() && date.start() < sentence.end()) {
          return event.clauseEnd();
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Whether a word stands in a clause that opens its sentence to time the rest ("When the talks
   * began, the United States was represented by ..."): a start or end word there tells a moment of
   * its own, not the start or end of the event before, and a thing named there is not what the main
   * clause's verb ends.
   */
  private boolean timesItsSentence(int at) {
    Sentences.Span sentence = Sentences.containing(hit.sentences(), at);
    return sentence != null
        && OPENING_TIME_CLAUSE.matcher(text().substring(sentence.start(), at)).matches();
  }

  /** Whether only white space stands in {@code [from, to)} of the text. */
  private boolean blank(int from, int to) {
    String text = text();
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern OPENING_TIME_CLAUSE =
      Pattern.compile("\\s*(?:When|Once|After|Before|Until|As soon as|By the time)\\b[^,;]*");

  /**
   * Whether a start or end word is the asked thing's own: after it in its sentence ("negotiations
   * for a second round began") or just before it through "of" ("the end of the war"); "the North
   * Korean army collapsed" does not end the Korean War.
   */
  private boolean namesThingBeside(AskedThing thing, TermMatch match, int cue) {
    if (!thing.namedBy(match)) {
      return false;
    }
    if (match.start() < cue) {
      // "during the Vietnam War when Ho Chi Minh died": a clause of its own, another subject.
      return sameSentence(match.start(), cue)
          // "The Suez Crisis prompted the creation of the Eisenhower Doctrine": the Doctrine's.
          && !opensAt(OWN_OBJECT, cue)
          && !SUBORDINATE.matcher(text().substring(match.end(), cue)).find()
          // "After Congress passed the Anti-Apartheid Act in 1986, many companies withdrew".
          && !(timesItsSentence(match.start()) && !timesItsSentence(cue));
    }
    if (match.start() - cue > CUE_REACH) {
      return false;
    }
    String between = text().substring(cue, match.start());
    // "The end of the war", and a verb with the thing as its object: "the invasion ended détente".
    return OF.matcher(between).find() || OBJECT_NEXT.matcher(between).matches();
  }

  /** Whether a start or end word stands beside another of the question's words than itself. */
  private static boolean beside(TermMatch match, int cue) {
    return match.start() != cue && Math.abs(match.start() - cue) <= CUE_REACH;
  }

  private static final Pattern OF = Pattern.compile("\\bof\\b");

  /**
   * A start or end word with its own object after it ("the creation of the Eisenhower Doctrine"),
   * not a time ("the end of 1956", "the fall of that year").
   */
  private static final Pattern OWN_OBJECT =
      Pattern.compile(
          "\\p{L}+\\s+of\\s+(?!(?:\\d|January|February|March|April|May|June|July|August"
              + "|September|October|November|December|spring|summer|autumn|fall|winter|early|late"
              + "|mid|that|this|the\\s+(?:year|month|decade|century))\\b)");

  /**
   * A verb's own word and at most an article before its object: "ended détente", "ended the war".
   */
  private static final Pattern OBJECT_NEXT = Pattern.compile("^\\p{L}+\\s+(?:(?:the|a|an)\\s+)?$");

  /**
   * Words and marks that open a clause of its own, with a subject of its own ("the airlift became
   * routine, and a third airfield was built").
   */
  private static final Pattern SUBORDINATE =
      Pattern.compile(
          "(?i)\\b(?:when|while|after|before|as|until|because|since|where|whereas|but"
              + "|(?:in|of|during|by|for|on|at|under) (?:which|whom))\\b|[;:]|,\\s*and\\b");

  private boolean sameSentence(int a, int b) {
    for (Sentences.Span sentence : hit.sentences()) {
      if (sentence.contains(a)) {
        return sentence.contains(b);
      }
    }
    return false;
  }

  private int[] timeLinks() {
    return marks.timeLinks();
  }

  private int[] negations() {
    return marks.negations();
  }

  private int[][] cues() {
    return marks.cues();
  }

  /** Which of a passage's sentences name a date. */
  private static boolean[] datedSentences(Passage passage, List<Sentences.Span> sentences) {
    boolean[] dated = new boolean[sentences.size()];
    for (DateMention date : passage.dates()) {
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).contains(date.start())) {
          dated[i] = true;
        }
      }
    }
    return dated;
  }

  private static int[] offsets(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    List<Integer> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.start());
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
