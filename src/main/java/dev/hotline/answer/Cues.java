package dev.hotline.answer;

import dev.hotline.index.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that mark the start or the end of something, in questions and in the clauses that tell
 * events: the question's words say which end is asked, the clause's which end it tells.
 */
final class Cues {
  /** Words that only say which end is asked ("when did X start"), never what X is. */
  private static final Pattern START_ASKED =
      Pattern.compile(
          "\\b(start|starts|started|starting|begin|begins|began|begun|beginning|outbreak"
              + "|broke out|break out|onset|kick(?:ed)? off|commence[ds]?"
              + "|(?:get|gets|got|getting) going)\\b");

  /**
   * A second question after a first ("how long did it go on, when did it wrap up"): the one asked
   * last says which end is wanted.
   */
  private static final Pattern LATER_WHEN =
      Pattern.compile("[,;?]\\s*(?:and\\s+|so\\s+)?when\\b.*$");

  /** "Start doing": the doing, not a beginning told apart from it, is what is asked. */
  private static final Pattern START_DOING =
      Pattern.compile("\\b(?:start|starts|started|starting|begin|begins|began|begun) [a-z]+ing\\b");

  private static final Pattern FINALLY = Pattern.compile("\\bfinally\\b");

  /** "First" as an adverb ("when did china first test"): when the thing asked about began. */
  private static final Pattern FIRST = Pattern.compile("\\bfirst\\b");

  /**
   * "First" as an ordinal ("the first man in space"): the earliest of several things, not the start
   * of one, so it says less surely which event is meant.
   */
  private static final Pattern ORDINAL_FIRST =
      Pattern.compile("^first\\b|\\b(?:the|a|an|its|their|his|her|whose|our) first\\b");

  private static final Pattern END_ASKED =
      Pattern.compile(
          // "Ended up" tells where something came to be, not that it ended.
          "\\b((?:end|ends|ended|ending)(?! up)|finish|finished|finally|last|stop|stopped"
              + "|conclude[ds]?|(?:call|calls|called|calling) off"
              + "|wrap(?:s|ped)? up|wind(?:s)? up|wound up)\\b"
              // "Over" is an end where it closes the question or follows "be" ("when was the war
              // over"); elsewhere it is a preposition ("fight over the border") or a verb's particle,
              // closing the question too ("when did brezhnev take over").
              + "|(?<!\\b(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns"
              + "|turned|turning)\\s)\\bover\\W*$"
              + "|\\b(?:is|was|were|are|be|been)(?: \\w+ly)? over\\b"
              // "Until when did the lines hold": how long something went on, so its end.
              + "|\\b(?:until|till) when\\b");

  /** "How long did it last"; "how long ago" asks when, not for how long. */
  private static final Pattern SPAN_ASKED =
      Pattern.compile(
          "\\bhow long\\b(?! ago)|\\bhow many (?:days|weeks|months|years)\\b(?! ago)"
              + "|\\bduration\\b");

  /** Beginnings as texts tell them, in every form of their verbs ("build", "built", "building"). */
  private static final Pattern START_TOLD =
      Pattern.compile(
          "\\b(start|starts|started|starting|begin|begins|began|begun|beginning|outbreak"
              + "|(?:break|breaks|broke|breaking) out|launch|launche[sd]|launching|founded"
              + "|founding|establish(?:e[sd]|ing)?|create[sd]?|creating|creation|formed|forming"
              + "|(?:set|sets|setting) up|build|builds|built|erect(?:s|ed|ing)?|invade[sd]?"
              + "|invading|invasion|(?:take|takes|took|taken|taking) office|sworn in"
              + "|inaugurat(?:e[sd]?|ing|ion)"
              + "|(?:seize[sd]?|seizing|take|takes|took|taken|taking) power"
              + "|(?:come|comes|came|coming) to power|erupt(?:s|ed|ing)?|open(?:s|ed)? fire"
              + "|commence[sd]?|commencing|(?:go|goes|going|went|gone) up"
              // An arrival begins a stay, as the invasion an occupation.
              + "|arriv(?:e[sd]?|ing|al)"
              + "|(?:come|comes|came|coming) into (?:being|existence))\\b");

  /**
   * A text's "opened formally", or a meeting's "opened", tells a beginning ("negotiations ...
   * opened officially in Warsaw", "the conference opened"); "opened" alone may end a closing ("the
   * border opened"). A question's "formally open" asks when it opened, which it need not read as a
   * start.
   */
  private static final Pattern OPENED_AS_START =
      Pattern.compile(
          "\\b(?:(?:officially|formally) open(?:s|ed)?|open(?:s|ed)? (?:officially|formally))\\b"
              // A meeting that opens begins ("the conference opened in Madrid on October 30").
              + "|\\b(?:conference|talks|summit|session|negotiations|congress|assembly|meeting"
              + "|games|olympics|trial|hearings)\\s+(?:(?:was|were)\\s+)?open(?:s|ed)?\\b"
              // "Opened to the press", "opened up": made open, not begun.
              + "(?!\\s+(?:to|up)\\b)");

  /** What concluding makes rather than ends: "concluded a treaty", "concluded an agreement". */
  private static final String MADE =
      "(?:a|an|the|its|their|this|that)\\s+(?:[\\w-]+\\s+){0,2}?"
          + "(?:treaty|agreement|pact|accord|deal|alliance|contract|convention|protocol)";

  /** Ends as texts tell them, in every form of their verbs ("fall", "fell", "fallen"). */
  private static final Pattern END_TOLD =
      Pattern.compile(
          "\\b((?:end|ends|ended|ending)(?! up)|fall(?! out)|falls(?! out)|fell(?! out)|fallen"
              + "|collaps(?:e[sd]?|ing)|last|withdr[ae]w[sn]?|withdrawing|withdrawal (?:was"
              + " )?completed|releas(?:e[sd]?|ing)"
              + "|freed|dissol(?:ve[sd]?|ving|ution)|resign(?:s|ed|ing|ation)?|die[sd]?|dying|death"
              + "|execut(?:e[sd]?|ing|ion)|assassinat(?:e[sd]?|ing|ion)|armistice|ceasefire"
              + "|cease-fire|surrender(?:s|ed|ing)?|lift(?:s|ed|ing)?|expire[sd]?|laps(?:e[sd]?|ing)"
              + "|terminat(?:e[sd]?|ing|ion)"
              // "Concluded a treaty" made it; "concluded that" judged.
              + "|abolish(?:e[sd]|ing)?|finish(?:e[sd]|ing)?|conclude[sd]?(?! that)(?! "
              + MADE
              + ")"
              + "|oust(?:s|ed|ing)?|(?:run|runs|ran|running) out(?! of)"
              + "|overthrown?|overthrew|overthrowing|toppl(?:e[sd]?|ing)"
              + "|(?:step|steps|stepped|stepping) down"
              + "|depos(?:e[sd]?|ing)|(?:come|comes|came|coming) (?:to an end|down)|was over"
              + "|(?:pull|pulls|pulled|pulling) out|(?:tore|torn) down"
              // Leaving a place or an office ends a stay; "left" alone is as often a side.
              + "|(?:leave|leaves|left|leaving) (?:the )?(?:country|office|power|city|capital"
              + "|island|region|territory|government)"
              + "|demolish(?:e[sd]|ing)?|out of existence"
              + "|disband(?:s|ed|ing)?|closed|closes|closing|no longer|cease[sd]|ceasing"
              + "|suspen(?:d|ds|ded|ding|sion)|(?:break|breaks|breaking|broke|broken) (?:off|up)"
              + "|break-?up"
              + "|halt(?:s|ed|ing)?"
              + "|(?:call|calls|called|calling) off|cancel(?:s|led|ed|ling|ing|lation)?"
              + "|scrap(?:s|ped|ping)?"
              + "|(?:continue[sd]?|lasted|lasts|ran|runs|remained) (?:until|till"
              + "|through(?= (?:the )?(?:(?:early|late|mid) )?(?:spring|summer|autumn|fall|winter"
              + "|january|february|march|april|may|june|july|august|september|october|november"
              + "|december|[12][0-9]{3}(?!s)))))\\b");

  /**
   * A piece of every word or phrase {@link #START_TOLD} matches: a text with none of them holds
   * none, and most questions hold none, so the pattern need not scan them.
   */
  private static final List<String> START_PIECES =
      List.of(
          "start",
          "beg",
          "outbreak",
          " out",
          "launch",
          "found",
          "establish",
          "creat",
          "form",
          " up",
          "buil",
          "erect",
          "inva",
          " office",
          "sworn",
          "inaugurat",
          " power",
          "erupt",
          " fire",
          "commenc",
          "arriv",
          "into being",
          "into exist");

  /** A piece of every word or phrase {@link #END_TOLD} matches, as {@link #START_PIECES}. */
  private static final List<String> END_PIECES =
      List.of(
          "end",
          "fall",
          "fell",
          "collaps",
          "last",
          "withdr",
          "releas",
          "freed",
          "dissol",
          "resign",
          "die",
          "dying",
          "death",
          "execut",
          "assassinat",
          "armistice",
          "ceas",
          "surrender",
          "lift",
          "expire",
          "laps",
          "terminat",
          "abolish",
          "finish",
          "conclude",
          "oust",
          "overthr",
          "toppl",
          "til",
          "through",
          "disband",
          "suspen",
          " off",
          "halt",
          "cancel",
          "scrap",
          "clos",
          "break",
          "broke",
          " down",
          "depos",
          "was over",
          "no longer",
          " out",
          "demolish",
          "out of existence",
          "leav",
          "left");

  /**
   * Long words that say which end is asked, as a question may mistype them ("assasinated"): long
   * enough that one slip leaves them recognisable, and no other word one slip away ("resigned" is
   * left out for "designed", "commenced" for "commended").
   */
  private static final List<String> LONG_CUE_WORDS =
      List.of(
          "assassinated",
          "assassination",
          "executed",
          "execution",
          "withdrawn",
          "withdrawal",
          "collapsed",
          "dissolved",
          "dissolution",
          "resignation",
          "surrendered",
          "terminated",
          "abolished",
          "overthrown",
          "demolished",
          "disbanded",
          "suspended",
          "cancelled",
          "inaugurated",
          "established",
          "launched",
          "beginning",
          "outbreak",
          "invasion",
          "armistice",
          "ceasefire",
          "finished",
          "concluded",
          "released");

  /**
   * Shorter words that say which end is asked, read through the commonest slip of all, two letters
   * swapped ("strat", "bgean"), which no other word of the kind makes of them.
   */
  private static final List<String> SHORT_CUE_WORDS =
      List.of(
          "start", "started", "begin", "began", "begun", "ended", "finish", "invade", "invaded");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /** The shortest word {@link #respelt} reads as a mistyped {@link #LONG_CUE_WORDS} word. */
  private static final int LONG_CUE_LENGTH = 8;

  /**
   * The text with each word one slip from a {@link #LONG_CUE_WORDS} word, or two swapped letters
   * from a {@link #SHORT_CUE_WORDS} word, written as that word; the other words as typed.
   */
  static String respelt(String text) {
    Matcher words = LETTERS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      String typed = words.group();
      String word = typed.toLowerCase(Locale.ROOT);
      String meant = typed;
      if (word.length() >= LONG_CUE_LENGTH) {
        for (String cue : LONG_CUE_WORDS) {
          if (Spelling.oneSlipApart(word, cue)) {
            meant = cue;
            break;
          }
        }
      } else {
        for (String cue : SHORT_CUE_WORDS) {
          if (swapped(word, cue)) {
            meant = cue;
            break;
          }
        }
      }
      words.appendReplacement(out, meant);
    }
    words.appendTail(out);
    return out.toString();
  }

  /** Whether {@code word} is {@code cue} with two neighbouring letters swapped. */
  private static boolean swapped(String word, String cue) {
    if (word.length() != cue.length() || word.equals(cue)) {
      return false;
    }
    int i = 0;
    while (word.charAt(i) == cue.charAt(i)) {
      i++;
    }
    return i + 1 < word.length()
        && word.charAt(i) == cue.charAt(i + 1)
        && word.charAt(i + 1) == cue.charAt(i)
        && word.substring(i + 2).equals(cue.substring(i + 2));
  }

  private Cues() {}

  /** Whether a lower-case text tells a beginning ({@link #START_TOLD} finds one). */
  private static boolean tellsStart(String lower) {
    return holdsAny(lower, START_PIECES) && START_TOLD.matcher(lower).find();
  }

  /** Whether a lower-case text tells an end ({@link #END_TOLD} finds one). */
  private static boolean tellsEnd(String lower) {
    return holdsAny(lower, END_PIECES) && END_TOLD.matcher(lower).find();
  }

  private static boolean holdsAny(String text, List<String> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      if (text.contains(pieces.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Which end a question asks for; a bare "start"/"end" word says it more surely than a verb. */
  static Aspect asked(String question) {
    return read(question).aspect();
  }

  /**
   * Which end a question asks for ({@link #asked}), and whether it asks it in so many words ({@link
   * #askedOutright}), from one reading.
   */
  record Asking(Aspect aspect, boolean outright) {}

  /** {@link #asked} and {@link #askedOutright} of one question. */
  static Asking read(String question) {
    String lower = respelt(question.toLowerCase(Locale.ROOT));
    if (asksSpan(lower)) {
      Matcher later = LATER_WHEN.matcher(lower);
      if (later.find() && !asksSpan(later.group())) {
        return read(later.group().replaceFirst("^[,;?\\s]+", ""));
      }
      return new Asking(Aspect.SPAN, true);
    }
    boolean start = START_ASKED.matcher(lower).find() || adverbFirst(lower);
    // "Finally" asks for an end outright only beside a word telling one ("when did they finally
    // lift martial law"); alone it may mean "at last" ("when did the us finally get a satellite
    // up"), an end less surely said.
    boolean end =
        END_ASKED.matcher(lower).find()
            && (END_ASKED.matcher(FINALLY.matcher(lower).replaceAll(" ")).find()
                || tellsEnd(lower));
    // "When did they start selling arms": the selling is the event, found by its own words; a
    // start told apart from it ("began") says less. "Start pulling out" has ends of its own.
    if (start && !end && START_DOING.matcher(lower).find() && !tellsEnd(lower)) {
      return new Asking(Aspect.START, false);
    }
    if (start != end) {
      return new Asking(start ? Aspect.START : Aspect.END, true);
    }
    if (start) {
      // "when did they start pulling out": the first of the two words governs.
      int startAt =
          Math.min(
              firstAt(START_ASKED, lower),
              adverbFirst(lower) ? firstAt(FIRST, lower) : Integer.MAX_VALUE);
      return new Asking(startAt < firstAt(END_ASKED, lower) ? Aspect.START : Aspect.END, true);
    }
    // "Fall", "invade", "die" say which end too, less surely than a bare "start" or "end"; but a
    // verb in a clause that only places the asked thing in time ("three years after he died")
    // tells the end of something else. An ordinal "first" ("the first united front ... collapse")
    // names the thing; it asks for the earliest only where no verb says which end.
    String main = TIME_CLAUSE.matcher(lower).replaceAll(" ");
    main = DESCRIBING_CLAUSE.matcher(main).replaceAll(" ");
    boolean endVerb = tellsEnd(main) || FINALLY.matcher(lower).find();
    boolean startVerb = tellsStart(main) || adverbFirst(lower) || !endVerb && saysFirst(lower);
    if (startVerb == endVerb) {
      // "Why did the Korean war happen": why a thing happened is told where it starts, not by the
      // talks that ended it.
      if (WHY_IT_HAPPENED.matcher(main).find()) {
        return new Asking(Aspect.START, true);
      }
      // "What was the Warsaw Pact": the thing itself, which its making tells better than its end
      // or a member's leaving, though less surely than a start word says so.
      return new Asking(THING_ASKED.matcher(main).find() ? Aspect.START : Aspect.ANY, false);
    }
    return new Asking(startVerb ? Aspect.START : Aspect.END, false);
  }

  /** "What was X", X named without a verb: a question asking what a thing was. */
  private static final Pattern THING_ASKED =
      Pattern.compile("^\\W*what (?:was|were|is|are) (?:the |a |an )?[\\w' -]+?\\W*$");

  /** A question asking why its thing happened at all, its own verb saying only that it did. */
  private static final Pattern WHY_IT_HAPPENED =
      Pattern.compile(
          "^\\W*why\\b.*\\b(?:happen|happened|occur|occurred|take place|took place)\\W*$");

  /** A clause that places what is asked in time by another event: "after he died", "before ...". */
  private static final Pattern TIME_CLAUSE =
      Pattern.compile("\\b(?:after|before|since|until|till|following|once)\\b[^,?]*");

  /**
   * A clause that says which thing is asked about before the question's own verb, "happen" or "take
   * place": "when did the coup that toppled allende happen" asks when the coup happened, not for an
   * end.
   */
  private static final Pattern DESCRIBING_CLAUSE =
      Pattern.compile(
          "\\b(?:that|which|who)\\b.*?(?=\\b(?:happen|happened|take place|took place|occur"
              + "|occurred)\\W*$)");

  /** A question asking what a term means ("what does shuttle diplomacy mean"). */
  private static final Pattern MEANING_ASKED =
      Pattern.compile(
          "\\bwhat (?:does|did|do|is|was) .*\\bmean\\b|\\bmeaning of\\b|\\bmeant by\\b"
              + "|\\bstands? for\\b|\\bdefin(?:e|ition)\\b");

  /** Words with which a text defines a term ("a term coined", "known as", "so-called"). */
  private static final Pattern DEFINING =
      Pattern.compile(
          "\\b(?:term|termed|coined|known as|so-called|refer(?:s|red)? to|meaning|means"
              + "|dubbed|nicknamed|defined as|stands? for)\\b");

  /** Whether a question asks what a term means. */
  static boolean asksMeaning(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    return (lower.contains("mean") || lower.contains("defin") || lower.contains("stand"))
        && MEANING_ASKED.matcher(lower).find();
  }

  /** Whether a sentence defines a term, as {@link #DEFINING} reads it. */
  static boolean defines(String sentence) {
    return DEFINING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /** Words that only say which end is asked, in any form: what is left is what to search for. */
  private static final Pattern ASPECT_ONLY =
      Pattern.compile(
          "(?i)\\b(outbreak|(?:break|breaks|broke|breaking) out|onset|kick(?:ed|s)? off"
              + "|commence[ds]?|conclude[ds]?|wrap(?:s|ped)? up|wind(?:s)? up|wound up"
              + "|(?:call|calls|called|calling) off"
              // "Ended up" says neither end, only that something came to be.
              + "|(?:end|ends|ended|ending) up)\\b");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The question without the words that only say which end it asks for ("broke out"). */
  static String withoutAspectWords(String question) {
    return SPACES.matcher(ASPECT_ONLY.matcher(question).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * The text without every word that asks or tells a start, an end or a span ("began", "invaded",
   * "how long"): what is left names the thing, not which end of it.
   */
  static String withoutEndWords(String text) {
    String lower = respelt(text.toLowerCase(Locale.ROOT));
    for (Pattern ends : List.of(SPAN_ASKED, START_ASKED, END_ASKED, START_TOLD, END_TOLD)) {
      lower = ends.matcher(lower).replaceAll(" ");
    }
    return SPACES.matcher(lower).replaceAll(" ").strip();
  }

  /** Whether a question says which end it asks in so many words ("start", "end", "how long"). */
  static boolean askedOutright(String question) {
    return read(question).outright();
  }

  /**
   * Whether a question asks when something came at last ("when did the senate finally ratify it",
   * "eventually"): the text tells that moment with a word of lateness too.
   */
  static boolean asksLateness(String question) {
    return LATENESS.matcher(respelt(question.toLowerCase(Locale.ROOT))).find();
  }

  /** A word telling, or asking, that something came at last. */
  private static final Pattern LATENESS =
      Pattern.compile("(?i)\\b(?:finally|at last|eventually|ultimately)\\b");

  /** A denial that a date right after lifts: "did not ratify the treaty until" 1822. */
  private static final Pattern DENIED_UNTIL =
      Pattern.compile("(?i)(?:\\bnot\\b|n't\\b|\\bnever\\b)[^.;:]*\\buntil\\W*$");

  /**
   * Whether an event's clause tells it came at last: "finally", "at last", "eventually" in the
   * words up to the end of its clause ({@code told}), or a denial its date lifts in the words
   * leading up to the date ({@code leading}).
   */
  static boolean tellsLateness(CharSequence leading, CharSequence told) {
    return LATENESS.matcher(told).find() || DENIED_UNTIL.matcher(leading).find();
  }

  /**
   * Whether a question asks for the first of several things ("when was the first hydrogen bomb
   * tested"), where each may be told as someone's first.
   */
  static boolean asksFirstOfSeveral(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    return saysFirst(lower) && FIRST_OF_SEVERAL.matcher(lower).find();
  }

  /**
   * "The first" with no owner ("France's first bomb" and "their first" are one's own first), or a
   * thing "first tested" in the passive, whoever did it ("when was the hydrogen bomb first tested").
   */
  private static final Pattern FIRST_OF_SEVERAL =
      Pattern.compile(
          "^first\\b|\\b(?:the|a) first\\b"
              + "|^(?:when|where|what year)\\s+(?:was|were)\\b.*\\bfirst\\s+\\w+(?:ed|en|wn)\\b");

  private static boolean adverbFirst(String lower) {
    return saysFirst(lower) && !ORDINAL_FIRST.matcher(lower).find();
  }

  // The patterns below scan every place of the text; a word they need that is not there at all
  // spares the scan.

  private static boolean saysFirst(String lower) {
    return lower.contains("first") && FIRST.matcher(lower).find();
  }

  private static boolean asksSpan(String lower) {
    return (lower.contains("how ") || lower.contains("duration"))
        && SPAN_ASKED.matcher(lower).find();
  }

  private static boolean opensAsStart(String lower) {
    return lower.contains("open") && OPENED_AS_START.matcher(lower).find();
  }

  /** Which end a clause of text tells: 1 for a beginning, -1 for an end, 0 for neither or both. */
  static int told(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT);
    boolean start = tellsStart(lower) || opensAsStart(lower);
    boolean end = tellsEnd(lower);
    return start == end ? 0 : start ? 1 : -1;
  }

  /**
   * A modal right before a start or end word: "feared the Allies might halt the airlift" tells no
   * end, only what might have been.
   */
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(?:might|may|could|would|should)(?:\\s+(?:not|never|\\w+ly))?"
              + "(?:\\s+(?:have|be))?\\s+$");

  /** Characters before a start or end word that hold its modal, adverb and auxiliary. */
  private static final int HYPOTHETICAL_REACH = 40;

  /** Whether a modal stands right before {@code at} ({@link #HYPOTHETICAL}). */
  private static boolean hypothetical(String lower, int at) {
    return HYPOTHETICAL
        .matcher(lower)
        .region(Math.max(0, at - HYPOTHETICAL_REACH), at)
        .useTransparentBounds(true)
        .find();
  }

  /**
   * Where a text tells beginnings and ends: the offsets of its cue words, each with 1 for a
   * beginning or -1 for an end.
   */
  static int[][] toldAt(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> found = new ArrayList<>();
    var start = START_TOLD.matcher(lower);
    while (start.find()) {
      if (!hypothetical(lower, start.start())) {
        found.add(new int[] {start.start(), 1});
      }
    }
    if (lower.contains("open")) {
      var opened = OPENED_AS_START.matcher(lower);
      while (opened.find()) {
        found.add(new int[] {opened.start(), 1});
      }
    }
    var end = END_TOLD.matcher(lower);
    while (end.find()) {
      if (!hypothetical(lower, end.start())) {
        found.add(new int[] {end.start(), -1});
      }
    }
    return found.toArray(new int[0][]);
  }

  /** Words that open a question rather than name what it is about. */
  static final Set<String> QUESTION_LEAD =
      Set.of(
          "when", "what", "which", "who", "whom", "whose", "where", "how", "did", "does", "do",
          "was", "were", "is", "are", "has", "have", "had", "year", "date", "day", "time", "and",
          "or", "so", "why");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Words that stand for a thing named elsewhere in the question. */
  private static final Set<String> PRONOUNS = Set.of("it", "they", "this", "that", "them");

  /** Words after which a phrase goes on to what its thing belongs to ("the hostages in Iran"). */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "on", "at", "from", "to", "over", "with", "between", "against", "for", "by",
          "during", "into", "under", "across", "among", "about");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  /**
   * The word that names the thing whose start or end a question asks: the last word of the phrase
   * before the start or end word, or the word before its first preposition ("when did the blockade
   * of Berlin end"), or for a pronoun the phrase the question opens with ("the Tokyo trial, when
   * did it start"); after it, the last word of its "of" phrase ("the end of the Cold War"). Empty
   * when the question names neither end.
   */
  static Optional<String> thingAsked(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    int cue =
        Math.min(
            Math.min(firstAt(START_ASKED, lower), firstAt(END_ASKED, lower)),
            Math.min(
                holdsAny(lower, START_PIECES) ? firstAt(START_TOLD, lower) : Integer.MAX_VALUE,
                holdsAny(lower, END_PIECES) ? firstAt(END_TOLD, lower) : Integer.MAX_VALUE));
    // "When did Brezhnev first spell out his doctrine": what came first is the doing, not Brezhnev.
    if (cue == Integer.MAX_VALUE || adverbFirst(lower) && firstAt(FIRST, lower) < cue) {
      return Optional.empty();
    }
    List<String> before = words(lower.substring(0, cue));
    Optional<String> head = headBefore(before, before.size());
    if (head.isPresent() && PRONOUNS.contains(head.get())) {
      int lead = before.size();
      while (lead > 0 && !QUESTION_LEAD.contains(before.get(lead - 1))) {
        lead--;
      }
      while (lead > 0 && QUESTION_LEAD.contains(before.get(lead - 1))) {
        lead--;
      }
      head = lead > 0 ? headBefore(before, lead) : Optional.empty();
      if (head.isEmpty() || PRONOUNS.contains(head.get())) {
        return Optional.empty();
      }
    }
    if (head.isPresent()) {
      return head;
    }
    List<String> after = words(lower.substring(cue));
    int afterOf = after.indexOf("of");
    if (afterOf < 0) {
      return Optional.empty();
    }
    List<String> named = new ArrayList<>();
    for (String w : after.subList(afterOf + 1, after.size())) {
      if (QUESTION_LEAD.contains(w) || PREPOSITIONS.contains(w)) {
        break;
      }
      if (!ARTICLES.contains(w)) {
        named.add(w);
      }
    }
    return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
  }

  /**
   * The last word of the phrase that ends at {@code end} in {@code words}, or the word before its
   * first preposition ("the blockade of Berlin").
   */
  private static Optional<String> headBefore(List<String> words, int end) {
    int from = end;
    while (from > 0 && !QUESTION_LEAD.contains(words.get(from - 1))) {
      from--;
    }
    List<String> phrase = words.subList(from, end);
    for (int i = 1; i < phrase.size(); i++) {
      if (PREPOSITIONS.contains(phrase.get(i))) {
        phrase = phrase.subList(0, i);
        break;
      }
    }
    phrase = phrase.stream().filter(w -> !ARTICLES.contains(w)).toList();
    return phrase.isEmpty() ? Optional.empty() : Optional.of(phrase.get(phrase.size() - 1));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    var m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      words.add(w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w);
    }
    return words;
  }

  private static int firstAt(Pattern pattern, String text) {
    var m = pattern.matcher(text);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }
}
