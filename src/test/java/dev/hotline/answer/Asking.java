package dev.hotline.answer;

import dev.hotline.index.IndexAccess;
import dev.hotline.index.PassageIndex;
import java.util.List;

/** Questions put to a test index: the best answer's date, or what ranking weighs for a date. */
final class Asking {
  private Asking() {}

  /** The date of the best answer to {@code question}, as ISO text at its own precision. */
  static String bestDate(PassageIndex index, String question) {
    return new AnswerService(IndexAccess.fixed(index))
        .answer(question)
        .best()
        .orElseThrow()
        .date()
        .orElseThrow()
        .iso();
  }

  /**
   * The value of {@code feature} for each candidate answer to {@code question} dated {@code iso}.
   */
  static List<Double> feature(PassageIndex index, String question, String iso, Feature feature) {
    return new AnswerService(IndexAccess.fixed(index))
        .candidates(question).stream()
            .filter(c -> c.date().isPresent() && c.date().get().iso().equals(iso))
            .map(c -> c.features()[feature.ordinal()])
            .toList();
  }
}
