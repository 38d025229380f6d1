package dev.hotline.answer;

import dev.hotline.index.PassageHit;
import dev.hotline.index.PassageIndex;
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
  Function<PassageHit, ReadPassage.Marks> of(PassageIndex index) {
    Map<String, ReadPassage.Marks> current = forGeneration(index.generation());
    return hit ->
        current.computeIfAbsent(
            hit.passage().id(),
            id -> ReadPassage.Marks.of(hit.passage(), hit.sentences(), hit.events()));
  }

  private synchronized Map<String, ReadPassage.Marks> forGeneration(Path used) {
    if (!used.equals(generation)) {
      generation = used;
      marks = new ConcurrentHashMap<>();
    }
    return marks;
  }
}
