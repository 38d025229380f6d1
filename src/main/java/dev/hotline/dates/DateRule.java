package dev.hotline.dates;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One way of writing a date: a named pattern, what a text must hold for it to be worth trying
 * ({@link DateRules#MONTH}, {@link DateRules#SEASON}, {@link DateRules#DIGIT} or a lower-case
 * word), and how a match becomes a {@link DateValue}.
 */
record DateRule(String name, String needs, Pattern pattern, Resolver resolver, boolean relative) {

  /** Turns a match into a date, or nothing when the match is not a date after all. */
  @FunctionalInterface
  interface Resolver {
    Optional<DateValue> resolve(MatchResult match, DateContext context);
  }
}
