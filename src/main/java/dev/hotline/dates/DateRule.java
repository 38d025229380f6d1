package dev.hotline.dates;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One way of writing a date: a named pattern and how a match becomes a {@link DateValue}. */
record DateRule(String name, Pattern pattern, Resolver resolver, boolean relative) {

  /** Turns a match into a date, or nothing when the match is not a date after all. */
  @FunctionalInterface
  interface Resolver {
    Optional<DateValue> resolve(MatchResult match, DateContext context);
  }
}
