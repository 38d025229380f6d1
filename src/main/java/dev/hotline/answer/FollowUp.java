package dev.hotline.answer;

import dev.hotline.index.QuestionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that goes on from the one asked before it ("when did it end?", "how long did it
 * last?"), read as about the earlier question's subject.
 */
final class FollowUp {
  /** Words that stand for a thing named before: in a follow-up, the earlier subject. */
  private static final Set<String> THING_WORDS =
      Set.of("it", "its", "they", "them", "their", "this", "that", "these", "those");

  /** Words that stand for a person: after a who-question, the person its answer named. */
  private static final Set<String> PERSONAL =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

  /** Words that stand for anything named before. */
  private static final Set<String> REFERRING = union(THING_WORDS, PERSONAL);

  /** Words a subject never needs: the earlier question's own pronouns and "then". */
  private static final Set<String> NOT_SUBJECT = union(THING_WORDS, Set.of("then"));

  /** Capitalised words that open a clause or name a time, not a person. */
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "the", "a", "an", "on", "in", "at", "by", "for", "after", "before", "during", "when",
          "as", "with", "from", "to", "of", "and", "but", "then", "later", "early", "late",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "spring", "summer", "autumn", "fall", "winter");

  /** The longest name taken: first names, a title and a surname ("Cardinal Karol Wojtyla"). */
  private static final int MAX_NAME_WORDS = 4;

  /**
   * Title words a question must share to be taken for its subject: one alone ("moon" of "when did
   * the us land on the moon") leaves out too much of what was asked.
   */
  private static final int MIN_SHARED = 2;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private FollowUp() {}

  /**
   * Whether a question has a subject a follow-up can go on about: words to search for, not only a
   * day or a year ("what happened in 1962?", then "when did it end?"), nor an article's
   * publication date.
   */
  static boolean continuable(ParsedQuestion earlier, Optional<QuestionQuery> query) {
    return earlier.type() != QuestionType.ON_THIS_DAY
        && earlier.type() != QuestionType.PUBLISHED
        && earlier.monthDay().isEmpty()
        && query.isPresent()
        && !query.get().concepts().isEmpty();
  }

  /**
   * Whether {@code question} names no subject of its own but refers back to one: a pronoun beside
   * at most one searched word ("when was it signed", "who led them"), or only which end is asked
   * ("and how long?"). A question with a subject, or one that is no question ("thanks"), stands
   * alone.
   */
  static boolean refersBack(ParsedQuestion question, Optional<QuestionQuery> query) {
    if (question.otherLanguage()
        || question.type() == QuestionType.ON_THIS_DAY
        || question.scope().isPresent()
        || question.monthDay().isPresent()) {
      return false;
    }
    // Pronouns the analyzer keeps ("he", "her") are searched too, but name nothing here.
    long searched =
        query.stream()
            .flatMap(q -> q.concepts().stream())
            .filter(c -> !REFERRING.contains(c.word().toLowerCase(Locale.ROOT)))
            .count();
    if (words(question.original()).stream().anyMatch(REFERRING::contains)) {
      return searched <= 1;
    }
    return searched == 0 && question.aspect() != Aspect.ANY;
  }

  /**
   * What a follow-up refers to: the person a who-question's answer named when it says "he" or
   * "she", else the thing the earlier question was about.
   */
  static String referredTo(Topic earlier, ParsedQuestion question) {
    boolean personal = words(question.original()).stream().anyMatch(PERSONAL::contains);
    return personal ? earlier.person().orElse(earlier.about()) : earlier.about();
  }

  /**
   * The question to answer in place of {@code question}: the earlier question's subject, then
   * {@code question} ("the korean war, when did it end?"). When {@code question} asks for an end of
   * its own, the earlier question's words for its end are left out.
   */
  static String joined(String earlier, ParsedQuestion question) {
    String subject =
        question.aspect() == Aspect.ANY
            ? earlier.toLowerCase(Locale.ROOT)
            : Cues.withoutEndWords(earlier);
    List<String> kept = new ArrayList<>();
    for (String word : words(subject)) {
      if (!Cues.QUESTION_LEAD.contains(word) && !NOT_SUBJECT.contains(word)) {
        kept.add(word);
      }
    }
    return kept.isEmpty()
        ? question.original()
        : String.join(" ", kept) + ", " + question.original().strip();
  }

  /**
   * The words of a question its answer's article names in its title ("when did the berlin wall
   * open", answered from "... the Fall of the Berlin Wall": "berlin wall"), when there are at
   * least two: what the question was about, without how it asked. Empty when they share less.
   */
  static Optional<String> sharedWithTitle(
      String asked, String title, Function<String, Set<String>> terms) {
    Set<String> titleTerms = terms.apply(title);
    List<String> kept = new ArrayList<>();
    for (String word : words(asked)) {
      if (Cues.QUESTION_LEAD.contains(word) || NOT_SUBJECT.contains(word)) {
        continue;
      }
      Set<String> wordTerms = terms.apply(word);
      if (!wordTerms.isEmpty() && titleTerms.containsAll(wordTerms)) {
        kept.add(word);
      }
    }
    return kept.size() >= MIN_SHARED ? Optional.of(String.join(" ", kept)) : Optional.empty();
  }

  /**
   * The name a who-question's answer opens with ("Valentina Tereshkova becomes the first woman in
   * space"): whom "he" or "she" in the next question means. Words that open a clause or name a
   * month are passed over ("On April 12, 1961, Yuri Gagarin ...").
   */
  static Optional<String> leadingName(String description) {
    List<String> name = new ArrayList<>();
    for (String token : description.split("[\\s,;:]+")) {
      String word = token.replaceAll("(?:['’]s|[.!?\"“”()])+$", "");
      boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
      if (capitalised && !NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT))) {
        name.add(word);
        if (name.size() == MAX_NAME_WORDS || !word.equals(token)) {
          break;
        }
      } else if (!name.isEmpty()) {
        break;
      } else if (!capitalised && !word.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
    }
    return name.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", name));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * The words of a text, lower case; unlike {@link Cues}' reading, "u.s." and "sino-soviet" stay
   * whole, as a subject's words are searched for again.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group().replaceAll("[.’'-]+$", ""));
    }
    return words;
  }
}
