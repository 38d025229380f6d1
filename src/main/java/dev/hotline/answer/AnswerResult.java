package dev.hotline.answer;

import java.util.List;
import java.util.Optional;

/**
 * What Hotline says to a question: answers best first, or none with a reason and suggestions.
 *
 * @param notice something the asker should know, e.g. that only the start of a long question was
 *     read, or why there is no answer
 * @param suggestions when there is no answer: topics Hotline does know that are near the question
 */
public record AnswerResult(
    ParsedQuestion question,
    List<Answer> answers,
    Optional<String> notice,
    List<String> suggestions) {

  public AnswerResult {
    answers = List.copyOf(answers);
    suggestions = List.copyOf(suggestions);
  }

  public boolean answered() {
    return !answers.isEmpty();
  }

  public Optional<Answer> best() {
    return answers.stream().findFirst();
  }
}
