package dev.hotline.passage;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clause each date of a passage dates — who did what, then — so that a sentence holding
 * two events ("France tested its first bomb on February 13, 1960, and China on October 16, 1964")
 * gives each date its own words.
 */
final class Clauses {
  /**
   * Where one clause ends and the next begins: semicolons, spaced dashes, and a comma or "and"
   * before a word that opens a new clause. "Which" and "when" do not: a clause they open goes on
   * telling what the words before it name ("Sinai II, which Egypt and Israel signed on September
   * 4").
   */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ";\\s*|:\\s+|\\s+[—–]\\s+|—"
              + "|,\\s+(?=(?:and|but|while|whereas|after|before|until|although|though|then"
              + "|whereupon|followed)\\b)"
              + "|\\s+and\\s+(?=(?:on|in|by|then)\\s)");

  /** Words that narrow the second of two dates: "late 1949 and early 1950", "to the summer of". */
  private static final String QUALIFIER =
      "(?:the\\s+)?(?:(?:early|late|mid|spring|summer|autumn|fall|winter)(?:\\s+of)?\\s*|mid-)?";

  /** What stands between the two ends of a span of time: "from X to Y", "between X and Y". */
  private static final Pattern RANGE_LINK =
      Pattern.compile("^\\s*,?\\s*(?:to|until|till|through|and|[–—-])\\s*" + QUALIFIER + "$");

  private static final Pattern RANGE_OPENING = Pattern.compile("(?i)\\b(?:from|between)\\s*$");

  /** What stands between two dates of one list: "in 1971 and 1972", "in 1944, 1945 or 1946". */
  private static final Pattern LIST_LINK =
      Pattern.compile("^\\s*(?:,\\s*)?(?:(?:and|or)\\s*)?" + QUALIFIER + "$");

  private Clauses() {}

  /**
   * A date's clause in the passage text, the end of the span it opens ("from June 24, 1948, to May
   * 12, 1949"), if it opens one, where the words naming the time stand (the whole span, for either
   * of its ends), and whether the date times its clause rather than naming a thing in it ("the 1950
   * treaty").
   */
  record Clause(
      DateMention date,
      int start,
      int end,
      Optional<DateValue> until,
      int phraseStart,
      int phraseEnd,
      boolean anchor) {

    String of(String text) {
      return text.substring(start, end);
    }
  }

  /** The clause of each of {@code dates} (in reading order) in {@code text}. */
  static List<Clause> of(String text, List<DateMention> dates) {
    List<Clause> clauses = new ArrayList<>(dates.size());
    List<Sentences.Span> sentences = Sentences.split(text);
    for (Sentences.Span sentence : sentences) {
      List<DateMention> inSentence = new ArrayList<>();
      for (DateMention date : dates) {
        if (date.start() >= sentence.start() && date.start() < sentence.end()) {
          inSentence.add(date);
        }
      }
      if (!inSentence.isEmpty()) {
        clauses.addAll(inSentence(text, sentence, inSentence));
      }
    }
    return clauses;
  }

  private static List<Clause> inSentence(
      String text, Sentences.Span sentence, List<DateMention> dates) {
    List<int[]> segments = segments(text, sentence);
    // Only dates that time a clause own words; "the 1950 treaty" names a thing and "(expired
    // 1979)" is an aside, not the time of the clause around them.
    List<DateMention> anchors = new ArrayList<>();
    DateMention named = null;
    for (DateMention date : dates) {
      // "the 1961–1969 Alliance": a range's second year is part of the name its first opens.
      boolean nameGoesOn = named != null && isRange(text, named, date);
      named = attributive(text, date) || nameGoesOn ? date : null;
      if (named == null && !parenthetical(text, sentence, date)) {
        anchors.add(date);
      }
    }
    if (anchors.isEmpty()) {
      anchors = dates;
    }
    // Each anchor's own segment, then undated segments join the dated one before them (or, at
    // the start of the sentence, the one after): they go on telling the same event.
    List<List<Integer>> owners = new ArrayList<>();
    segments.forEach(s -> owners.add(new ArrayList<>()));
    for (int i = 0; i < anchors.size(); i++) {
      owners.get(segmentOf(segments, anchors.get(i).start())).add(i);
    }
    int[] from = new int[anchors.size()];
    int[] to = new int[anchors.size()];
    java.util.Arrays.fill(from, Integer.MAX_VALUE);
    java.util.Arrays.fill(to, -1);
    List<Integer> last = List.of();
    for (int s = 0; s < segments.size(); s++) {
      if (!owners.get(s).isEmpty()) {
        last = owners.get(s);
      }
      List<Integer> takers =
          !owners.get(s).isEmpty()
              ? owners.get(s)
              : !last.isEmpty() ? last : firstOwnersAfter(owners, s);
      for (int date : takers) {
        from[date] = Math.min(from[date], segments.get(s)[0]);
        to[date] = Math.max(to[date], segments.get(s)[1]);
      }
    }
    List<Clause> anchored = new ArrayList<>();
    for (int i = 0; i < anchors.size(); i++) {
      DateMention date = anchors.get(i);
      int start = from[i];
      int end = to[i];
      Optional<DateValue> until = Optional.empty();
      int phraseStart = date.start();
      int phraseEnd = date.end();
      // Several dates in one segment share it, split between them unless they bound one span.
      if (i > 0 && sameSegment(segments, anchors.get(i - 1), date)) {
        DateMention previous = anchors.get(i - 1);
        if (isRange(text, previous, date)) {
          start = anchored.get(i - 1).start();
          phraseStart = rangeStart(text, previous);
        } else if (listed(text, previous, date)) {
          // "Two more attempts failed in 1971 and 1972": both years time the same words, and
          // the list is the phrase that names the time.
          start = anchored.get(i - 1).start();
          phraseStart = anchored.get(i - 1).phraseStart();
        } else {
          start = Math.max(start, splitPoint(text, segments, previous, date));
        }
      }
      if (i + 1 < anchors.size() && sameSegment(segments, date, anchors.get(i + 1))) {
        DateMention next = anchors.get(i + 1);
        if (isRange(text, date, next)) {
          until = Optional.of(next.value()).filter(v -> !v.to().isBefore(date.value().from()));
          phraseStart = rangeStart(text, date);
          phraseEnd = next.end();
          // The range's clause ends where the date after it begins its own.
          if (i + 2 < anchors.size() && sameSegment(segments, next, anchors.get(i + 2))) {
            end = Math.min(end, splitPoint(text, segments, next, anchors.get(i + 2)));
          }
        } else if (listed(text, date, next)) {
          phraseEnd = next.end();
        } else {
          end = Math.min(end, splitPoint(text, segments, date, next));
        }
      }
      // "the Soviet Union exploded its first bomb in 1949, the United Kingdom in 1952": a name
      // and its date alone leave the verb to the list's first clause, and share its words.
      if (i > 0
          && sameSegment(segments, anchors.get(i - 1), date)
          && until.isEmpty()
          && gapped(text, start, date, end)) {
        int listSegment = segments.get(segmentOf(segments, anchors.get(i - 1).start()))[0];
        start = Math.max(listSegment, anchored.get(i - 1).start());
      }
      anchored.add(
          new Clause(date, start, Math.max(start, end), until, phraseStart, phraseEnd, true));
    }
    List<Clause> clauses = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      DateMention date = dates.get(d);
      Clause own = null;
      for (Clause clause : anchored) {
        if (clause.date() == date) {
          own = clause;
        }
      }
      if (own == null) {
        Clause around = enclosing(anchored, date).orElse(anchored.get(0));
        // An aside in brackets tells its own event ("the treaty (expired 1979)"): the words
        // before it and inside it; a year in a name tells none.
        // "(as the Tehran Declaration of 1943 required)": a year in a name tells no event.
        boolean aside = parenthetical(text, sentence, date) && !attributive(text, date);
        int start = around.start();
        int end = around.end();
        Optional<DateValue> until = Optional.empty();
        if (aside) {
          // "the Second War (1835–1842) and the Third War (1855–1858)": each aside tells what
          // stands between it and the aside before, and a range in it tells both ends.
          start = Math.max(start, text.lastIndexOf(')', date.start()) + 1);
          end = text.indexOf(')', date.end()) + 1;
          DateMention next = d + 1 < dates.size() ? dates.get(d + 1) : null;
          if (next != null && next.end() <= end && isRange(text, date, next)) {
            until = Optional.of(next.value()).filter(v -> !v.to().isBefore(date.value().from()));
          }
        }
        own =
            new Clause(
                date,
                start,
                end,
                until,
                date.start(),
                until.isPresent() ? dates.get(d + 1).end() : date.end(),
                aside || anchors.contains(date));
      }
      clauses.add(own);
    }
    return clauses;
  }

  /** The anchored clause a date stands in. */
  private static Optional<Clause> enclosing(List<Clause> clauses, DateMention date) {
    for (Clause clause : clauses) {
      if (date.start() >= clause.start() && date.end() <= clause.end()) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a bare year is part of a name ("the 1950 treaty", "its 1954 defence pact") rather than
   * the time of its clause.
   */
  static boolean attributive(String text, DateMention date) {
    if (date.granularity() != dev.hotline.dates.Granularity.YEAR || date.relative()) {
      return false;
    }
    String before = text.substring(Math.max(0, date.start() - 8), date.start());
    return ATTRIBUTIVE_BEFORE.matcher(before).find()
        || NAMED_OF.matcher(text.substring(Math.max(0, date.start() - 40), date.start())).find();
  }

  private static final Pattern ATTRIBUTIVE_BEFORE =
      Pattern.compile("(?i)(?:\\b(?:the|its|their|his|her|this|that|a|an)|'s|’s)\\s+$");

  /** A year that ends a name ("the Arab-Israeli War of 1948", "the Act of 1952", "fiscal year"). */
  private static final Pattern NAMED_OF =
      Pattern.compile("(?:\\b\\p{Lu}[\\p{L}’'-]*\\s+of|\\b[Ff]iscal\\s+[Yy]ear)\\s+$");

  private static List<Integer> firstOwnersAfter(List<List<Integer>> owners, int segment) {
    for (int s = segment + 1; s < owners.size(); s++) {
      if (!owners.get(s).isEmpty()) {
        return owners.get(s);
      }
    }
    return List.of();
  }

  /** The sentence cut at clause boundaries, as {@code start, end} pairs without the boundaries. */
  private static List<int[]> segments(String text, Sentences.Span sentence) {
    List<int[]> segments = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(text).region(sentence.start(), sentence.end());
    int start = sentence.start();
    while (boundary.find()) {
      segments.add(new int[] {start, boundary.start()});
      start = boundary.end();
    }
    segments.add(new int[] {start, sentence.end()});
    return segments;
  }

  private static int segmentOf(List<int[]> segments, int offset) {
    for (int s = 0; s < segments.size(); s++) {
      if (offset < segments.get(s)[1]) {
        return s;
      }
    }
    return segments.size() - 1;
  }

  private static boolean sameSegment(List<int[]> segments, DateMention a, DateMention b) {
    return segmentOf(segments, a.start()) == segmentOf(segments, b.start());
  }

  /** Whether two dates stand in one list, not bounding a span: "in 1971 and 1972". */
  private static boolean listed(String text, DateMention first, DateMention second) {
    return LIST_LINK.matcher(text.substring(first.end(), second.start())).matches()
        && !isRange(text, first, second);
  }

  private static boolean isRange(String text, DateMention first, DateMention second) {
    String between = text.substring(first.end(), second.start());
    if (!RANGE_LINK.matcher(between).matches()) {
      return false;
    }
    String link = between.strip().replace(",", "").strip();
    String before = text.substring(Math.max(0, first.start() - 12), first.start());
    return !link.equals("and") || RANGE_OPENING.matcher(before).find();
  }

  private static final Pattern OPENING_WORDS =
      Pattern.compile(
          "(?i)^[\\s,]*(?:(?:on|in|by|during|at|the|end|of|early|late|from|after|until|since|and"
              + "|but|then|soon|shortly)\\s+)*$");

  /** Whether a date opens its clause: only a preposition or two stand before it. */
  private static boolean leads(String text, List<int[]> segments, DateMention date) {
    int start = segments.get(segmentOf(segments, date.start()))[0];
    return OPENING_WORDS.matcher(text.substring(start, date.start())).matches();
  }

  /** Whether a date stands inside brackets: an aside to the clause around it. */
  static boolean parenthetical(String text, Sentences.Span sentence, DateMention date) {
    int open = text.lastIndexOf('(', date.start());
    int close = text.lastIndexOf(')', date.start());
    return open >= sentence.start() && open > close && text.indexOf(')', date.end()) >= 0;
  }

  /** Words a name in a list may hold besides its own capitalised ones ("the Republic of China"). */
  private static final Pattern NAME_ONLY =
      Pattern.compile(
          "^[\\s,]*(?:and\\s+)?(?:(?:the|of|and|[\\p{Lu}][\\p{L}’'.-]*)\\s+)*?"
              + "[\\p{Lu}][\\p{L}’'.-]*\\s+(?:in|on|by|at)\\s*$");

  private static final Pattern NOTHING_MORE = Pattern.compile("^[\\s,;.:)]*$");

  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");

  /**
   * Whether a date's clause is only a name and the date ("the United Kingdom in 1952"), with the
   * verb left to the clause before it.
   */
  private static boolean gapped(String text, int start, DateMention date, int end) {
    String before = BRACKETED.matcher(text.substring(start, date.start())).replaceAll(" ");
    return NAME_ONLY.matcher(before).matches()
        && NOTHING_MORE.matcher(text.substring(date.end(), Math.max(date.end(), end))).matches();
  }

  /** Whether an offset stands in brackets that close before {@code before}. */
  private static boolean inBrackets(String text, int at, int before) {
    int open = text.lastIndexOf('(', at);
    int close = text.indexOf(')', at);
    return open >= 0 && text.lastIndexOf(')', at) < open && close >= 0 && close < before;
  }

  /** Where a span's words begin: at its "from" or "between", or at its first date. */
  private static int rangeStart(String text, DateMention first) {
    String before = text.substring(Math.max(0, first.start() - 12), first.start());
    Matcher opening = RANGE_OPENING.matcher(before);
    return opening.find() ? first.start() - before.length() + opening.start() : first.start();
  }

  /**
   * Where the words between two dates of one clause divide: after the last comma, before the last
   * "and", or else at the word nearest halfway.
   */
  private static int splitPoint(
      String text, List<int[]> segments, DateMention first, DateMention second) {
    // A date that opens its clause ("On July 2, 1950, ...") owns the words after its own comma.
    int from = leads(text, segments, first) ? first.end() + 2 : first.end();
    int comma = text.lastIndexOf(',', second.start() - 1);
    // A comma in brackets divides nothing outside them ("the Baghdad Pact (later renamed the
    // Central Treaty Organization, or CENTO) in 1955").
    while (comma >= from && inBrackets(text, comma, second.start())) {
      comma = text.lastIndexOf(',', comma - 1);
    }
    if (comma >= from) {
      return comma + 1;
    }
    int and = text.lastIndexOf(" and ", second.start() - 1);
    if (and >= from) {
      return and + 1;
    }
    int middle = (first.end() + second.start()) / 2;
    int space = text.lastIndexOf(' ', middle);
    return space >= first.end() ? space + 1 : middle;
  }
}
