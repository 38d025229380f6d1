package dev.hotline.quiz;

import dev.hotline.dates.DateValue;
import java.util.Optional;

/**
 * One of a quiz's four choices: the text shown, the date it stands for (a year, a month, or the
 * date of the event it names), and that event when it names one.
 */
public record Choice(String text, DateValue when, Optional<String> eventId) {
  static Choice date(String text, DateValue when) {
    return new Choice(text, when, Optional.empty());
  }

  static Choice event(QuizEvent event) {
    return new Choice(event.description(), event.date(), Optional.of(event.id()));
  }
}
