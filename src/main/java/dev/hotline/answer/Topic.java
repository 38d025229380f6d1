package dev.hotline.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * What an answered question was about, for the next question to refer to ("when did it end?").
 *
 * @param about the thing asked about ("berlin wall"), or the question itself
 * @param person for a who-question, the person its answer names, whom "he" or "she" then means
 */
public record Topic(String about, Optional<String> person) {
  public Topic {
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(person, "person");
  }

  /** A topic known only by the question that raised it. */
  public static Topic of(String question) {
    return new Topic(question, Optional.empty());
  }
}
