package dev.hotline.answer;

import dev.hotline.dates.DateValue;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A question read for its parts: the words to search for, its type, and the period or calendar day
 * it names.
 *
 * @param searchText the question without the date that scopes it
 * @param scope a period the answer's date must lie in ("in October 1962"), if named
 * @param scopeNamesThing whether the scope is a year that names the thing asked about ("the 1948
 *     war"), which may end in a later year
 * @param monthDay a calendar day with no year ("on July 23"), if named
 * @param truncated whether only the start of an over-long question was read
 * @param aspect which end of the event the question asks for
 * @param aspectOutright whether it says so in so many words ("start", "end") rather than by a verb
 *     ("invade", "die")
 * @param otherLanguage whether the question is written in another language than English
 * @param dayAsked whether it asks for the day ("what day", "the exact date"), not just the year
 */
public record ParsedQuestion(
    String original,
    String searchText,
    QuestionType type,
    Optional<DateValue> scope,
    boolean scopeNamesThing,
    Optional<MonthDay> monthDay,
    boolean truncated,
    Aspect aspect,
    boolean aspectOutright,
    boolean otherLanguage,
    boolean dayAsked) {
  /** The same question, asking outright when its thing ended ("how long" read as its end). */
  ParsedQuestion askingEnd() {
    return new ParsedQuestion(
        original,
        searchText + " end",
        type,
        scope,
        scopeNamesThing,
        monthDay,
        truncated,
        Aspect.END,
        true,
        otherLanguage,
        dayAsked);
  }

  /** The same question, searched for {@code text}. */
  ParsedQuestion withSearchText(String text) {
    return new ParsedQuestion(
        original,
        text,
        type,
        scope,
        scopeNamesThing,
        monthDay,
        truncated,
        aspect,
        aspectOutright,
        otherLanguage,
        dayAsked);
  }
}
