package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes whose next calls the fake answers with a Discord error such as 50013 (Missing
 * Permissions), so a test can see how the bot copes with what it cannot fix.
 */
final class FailureRules {
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final ObjectMapper mapper;

  FailureRules(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void add(RoutePattern route, int times, int status, int code, String message) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    rules.add(new Rule(route, new AtomicInteger(times), status, code, message));
  }

  /** The error answer when a rule still has calls to refuse on this route. */
  Optional<RestAnswer> refuse(String method, String path) {
    for (Rule rule : rules) {
      if (rule.route.matches(method, path) && rule.left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return Optional.of(RestAnswer.error(mapper, rule.status, rule.code, rule.message));
      }
    }
    return Optional.empty();
  }

  private record Rule(
      RoutePattern route, AtomicInteger left, int status, int code, String message) {}
}
