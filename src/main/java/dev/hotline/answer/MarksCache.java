package dev.hotline.answer;

import dev.hotline.index.PassageIndex;
import dev.hotline.passage.Passage;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The marks of each passage's text (see {@link ReadPassage.Marks}), found once per passage of the
 * index generation in use and dropped when another generation takes its place.
 */
final class MarksCache {
  private volatile Path generation;
  private volatile Map<String, ReadPassage.Marks> marks = new ConcurrentHashMap<>();

  /** The marks of passages of {@code index}. */
  Function<Passage, ReadPassage.Marks> of(PassageIndex index) {
    Map<String, ReadPassage.Marks> current = forGeneration(index.generation());
    return passage -> current.computeIfAbsent(passage.id(), id -> ReadPassage.Marks.of(passage.text()));
  }

  private synchronized Map<String, ReadPassage.Marks> forGeneration(Path used) {
    if (!used.equals(generation)) {
      generation = used;
      marks = new ConcurrentHashMap<>();
    }
    return marks;
  }
}
