package dev.hotline.telegram.fake;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/** Failures a test queued for the next calls of a method, consumed one per call in order. */
final class ScriptedFailures {

  private final Map<String, Queue<ApiFailure>> byMethod = new HashMap<>();

  synchronized void add(String method, ApiFailure failure) {
    byMethod.computeIfAbsent(key(method), ignored -> new ArrayDeque<>()).add(failure);
  }

  synchronized Optional<ApiFailure> next(String method) {
    Queue<ApiFailure> queued = byMethod.get(key(method));
    return queued == null ? Optional.empty() : Optional.ofNullable(queued.poll());
  }

  private static String key(String method) {
    return method.toLowerCase(Locale.ROOT);
  }
}
