package dev.hotline.passage;

import dev.hotline.corpus.Article;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an article's dates into events. A key event the article lists (front matter) is tied to the
 * date in its text whose clause shares most words with the listed description; every other date
 * becomes an event told by its own clause, so articles of any format have events.
 */
public final class EventFinder {
  /** Descriptions longer than this are cut at a word: a date line, not a paragraph. */
  static final int MAX_DESCRIPTION = 160;

  private static final Pattern LEADING_LINK =
      Pattern.compile(
          "(?i)^(?:and|but|while|whereas|when|after|before|until|although|though|then|which|where"
              + "|whereupon|followed|so|however|therefore|nevertheless|nonetheless|meanwhile"
              + "|moreover|additionally|furthermore|consequently|thus|instead|in addition|in turn"
              + "|as a result|for example|for instance)\\b[\\s,]*");
  private static final Pattern DANGLING_PREPOSITION =
      Pattern.compile(
          "(?i)(?:\\s*\\b(?:on|in|by|during|of|from|since|until|through|at|the|early|late|mid"
              + "|beginning|starting|throughout|between)\\b)+"
              + "\\s*$");

  /** A bound in time just before a clause's date: "lasted until", "remained in force through". */
  private static final Pattern TIME_BOUND = Pattern.compile("(?i)\\b(?:until|till|through)\\s*$");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The events of {@code article}, told by {@code passages} (the article's, in order). */
  public List<Event> events(Article article, List<Passage> passages) {
    List<Told> told = new ArrayList<>();
    for (Passage passage : passages) {
      for (Clauses.Clause clause : Clauses.of(passage.text(), passage.dates())) {
        told.add(new Told(passage, clause));
      }
    }
    Map<Told, List<Article.DeclaredEvent>> declaredAt = new HashMap<>();
    List<Article.DeclaredEvent> untold = new ArrayList<>();
    for (Article.DeclaredEvent declared : article.declaredEvents()) {
      Optional<Told> where = bestMatch(declared, told);
      if (where.isPresent()) {
        declaredAt.computeIfAbsent(where.get(), t -> new ArrayList<>()).add(declared);
      } else {
        untold.add(declared);
      }
    }
    Map<String, Integer> perPassage = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (Told t : told) {
      List<Article.DeclaredEvent> declared = declaredAt.getOrDefault(t, List.of());
      // "The 1950 treaty" names a thing; what happened in its clause has a date of its own.
      if (declared.isEmpty() && t.clause().anchor()) {
        events.add(event(article, t, describe(t), false, perPassage));
      }
      for (Article.DeclaredEvent d : declared) {
        String what = d.what().isEmpty() ? describe(t) : d.what();
        events.add(event(article, t, what, true, perPassage));
      }
    }
    for (Article.DeclaredEvent d : untold) {
      untoldEvent(article, d, passages, perPassage).ifPresent(events::add);
    }
    return events;
  }

  /** A date and its clause in one passage. */
  private record Told(Passage passage, Clauses.Clause clause) {
    String clauseText() {
      return clause.of(passage.text());
    }
  }

  private static Event event(
      Article article,
      Told told,
      String description,
      boolean declared,
      Map<String, Integer> perPassage) {
    Passage passage = told.passage();
    return new Event(
        nextId(passage.id(), perPassage),
        passage.id(),
        article.id(),
        article.title(),
        told.clause().date(),
        told.clause().until(),
        description,
        declared,
        told.clause().start(),
        told.clause().end());
  }

  /**
   * A listed event whose date the text does not write the same way: kept, tied to the passage that
   * shares most words with it, so that its description can still be found.
   */
  private static Optional<Event> untoldEvent(
      Article article,
      Article.DeclaredEvent declared,
      List<Passage> passages,
      Map<String, Integer> perPassage) {
    Optional<DateValue> date = isoDate(declared.date());
    if (date.isEmpty() || passages.isEmpty() || declared.what().isEmpty()) {
      return Optional.empty();
    }
    Passage best = passages.get(0);
    int bestShared = -1;
    Set<String> words = words(declared.what());
    for (Passage passage : passages) {
      int shared = shared(words, passage.text());
      if (shared > bestShared) {
        bestShared = shared;
        best = passage;
      }
    }
    DateMention mention = new DateMention(date.get(), declared.date(), -1, -1, false);
    return Optional.of(
        new Event(
            nextId(best.id(), perPassage),
            best.id(),
            article.id(),
            article.title(),
            mention,
            Optional.empty(),
            declared.what(),
            true,
            -1,
            -1));
  }

  private static String nextId(String passageId, Map<String, Integer> perPassage) {
    int n = perPassage.merge(passageId, 1, Integer::sum);
    return passageId + "#" + (n - 1);
  }

  /**
   * The told date equal to the declared one whose clause shares most words with its description.
   */
  private static Optional<Told> bestMatch(Article.DeclaredEvent declared, List<Told> told) {
    Set<String> words = words(declared.what());
    Told best = null;
    double bestShared = -1;
    for (Told t : told) {
      if (!t.clause().date().iso().equals(declared.date())) {
        continue;
      }
      // A date that times its clause tells an event; one in a name ("the 1954 treaty") less so.
      double shared = shared(words, t.clauseText()) + (t.clause().anchor() ? 0.5 : 0);
      if (shared > bestShared) {
        bestShared = shared;
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The clause, without its date, as a description that reads on its own. */
  static String describe(Told told) {
    String text = told.passage().text();
    Clauses.Clause clause = told.clause();
    String before =
        OPENING_COMMA
            .matcher(withoutOtherDates(told, clause.start(), clause.phraseStart()))
            .replaceAll("");
    String after = withoutOtherDates(told, clause.phraseEnd(), clause.end());
    if (OPENING_TIME_CLAUSE
        .matcher(text.substring(clause.start(), clause.phraseStart()))
        .matches()) {
      // "When Germany entered NATO in May 1955, the Soviets feared ...": the date times what the
      // opening clause tells, which ends at its comma.
      int comma = after.indexOf(',');
      after = comma < 0 ? after : after.substring(0, comma);
    }
    int bracket = before.lastIndexOf('(');
    if (bracket >= 0 && before.indexOf(')', bracket) < 0) {
      // A date in brackets tells what the words before them name: "the old treaty (expired 1979)"
      // is "the old treaty expired".
      before = before.substring(0, bracket) + " " + before.substring(bracket + 1);
      after = after.replaceFirst("^\\s*\\)", "");
    }
    String joined;
    if (TIME_BOUND.matcher(before).find()) {
      // "It lasted until 1976" says the opposite without its date: the bound stays, date and all.
      String gap = text.startsWith(",", clause.phraseEnd()) ? ", " : " ";
      String time = text.substring(clause.phraseStart(), clause.phraseEnd());
      joined = before.strip() + " " + time + gap + after.strip();
    } else {
      before = DANGLING_PREPOSITION.matcher(before).replaceAll("");
      // "Soon after taking power in 1985, calling it": the comma before a participle still parts
      // it from the clause, and so does the comma closing a phrase that a comma opened before
      // the date ("Greenglass, arrested in June 1950, implicated"); after a date that opened the
      // clause ("In 1985, Gorbachev"), one that closes "May 5, 1955," or one before "when" or
      // "which", it goes with the date.
      boolean commaParts =
          !before.isBlank()
              && !before.strip().endsWith(",")
              && clause.date().text().indexOf(',') < 0
              && (PARTICIPLE_AFTER_COMMA.matcher(after).lookingAt()
                  || before.indexOf(',') >= 0 && after.stripLeading().startsWith(","));
      String rest = after.strip().replaceFirst(commaParts ? "^\\.\\s*" : "^[,.]\\s*", "");
      // "..., and, in June 1967, he": with the date gone, neither of its commas stands.
      String lead = before.strip().replaceFirst(",$", "");
      joined = (lead + (rest.startsWith(",") ? "" : " ") + rest).strip();
    }
    joined = joined.replaceAll("\\(\\s*\\)", "");
    joined = LEADING_LINK.matcher(joined).replaceAll("");
    joined = joined.replaceAll("\\s+", " ").replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
    // The dates taken out may leave two commas meeting ("Valentine's Day, , the USSR").
    joined = STRAY_PUNCTUATION.matcher(joined).replaceAll("$1");
    // A description ends as the listed ones do, without the sentence's full stop ("U.S." keeps
    // its).
    joined = joined.replaceFirst("\\s+\\.$", ".").replaceFirst("(?<=[\\p{Ll}\\d])\\.$", "");
    if (joined.isEmpty()) {
      return told.clauseText().strip();
    }
    return cut(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
  }

  /**
   * The text of {@code [from, to)} without the other dates in it and the words that lead into them
   * ("In July 2001,"), which time other events.
   */
  private static String withoutOtherDates(Told told, int from, int to) {
    String text = told.passage().text();
    if (to <= from) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int at = from;
    for (var date : told.passage().dates()) {
      if (date.start() >= at && date.end() <= to && date != told.clause().date()) {
        int open = text.lastIndexOf('(', date.start());
        int close = text.indexOf(')', date.end());
        if (open >= at && text.lastIndexOf(')', date.start()) < open && close >= 0 && close < to) {
          // "(early on July 21 by Greenwich time)": an aside with a date of its own goes whole.
          out.append(text, at, open).append("()");
          at = close + 1;
        } else {
          out.append(DANGLING_PREPOSITION.matcher(text.substring(at, date.start())).replaceAll(""));
          at = date.end();
        }
      }
    }
    out.append(text, at, to);
    return out.toString();
  }

  /** An opening clause that times the rest of its sentence, up to its date: "When X joined in". */
  private static final Pattern OPENING_TIME_CLAUSE =
      Pattern.compile("(?i)\\s*(?:when|once|after|as soon as)\\b[^,;]*");

  private static final Pattern OPENING_COMMA = Pattern.compile("^\\s*,\\s*");

  private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile("\\s*,\\s*\\p{L}+ing\\b");

  /** A comma or semicolon with others after it, or a space before it: one, right after the word. */
  private static final Pattern STRAY_PUNCTUATION = Pattern.compile("\\s*([,;:])(?:\\s*[,;:])*");

  private static String cut(String text) {
    if (text.length() <= MAX_DESCRIPTION) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
    return text.substring(0, space > MAX_DESCRIPTION / 2 ? space : MAX_DESCRIPTION - 1) + "…";
  }

  private static Optional<DateValue> isoDate(String iso) {
    try {
      return switch (iso.length()) {
        case 4 -> Optional.of(DateValue.year(Integer.parseInt(iso)));
        case 7 ->
            Optional.of(
                DateValue.month(
                    Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5))));
        case 10 -> Optional.of(DateValue.day(java.time.LocalDate.parse(iso)));
        default -> Optional.empty();
      };
    } catch (RuntimeException notADate) {
      return Optional.empty();
    }
  }

  /** Words as compared here: lower case, their first five letters, short words left out. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 3) {
        words.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return words;
  }

  private static int shared(Set<String> words, String text) {
    Set<String> other = words(text);
    int n = 0;
    for (String w : words) {
      if (other.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
