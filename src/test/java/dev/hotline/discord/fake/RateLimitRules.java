package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes whose next calls the fake answers with HTTP 429, shaped as Discord's per-route rate limit.
 */
final class RateLimitRules {
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final ObjectMapper mapper;
  private final Clock clock;

  RateLimitRules(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  void add(RoutePattern route, int times, Duration retryAfter) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    rules.add(new Rule(route, new AtomicInteger(times), retryAfter));
  }

  /** A 429 answer when a rule still has calls to refuse on this route. */
  Optional<RestAnswer> refuse(String method, String path) {
    for (Rule rule : rules) {
      if (rule.route.matches(method, path) && rule.left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return Optional.of(answer(rule));
      }
    }
    return Optional.empty();
  }

  private RestAnswer answer(Rule rule) {
    double seconds = rule.retryAfter.toMillis() / 1000.0;
    var body =
        mapper
            .createObjectNode()
            .put("message", "You are being rate limited.")
            .put("retry_after", seconds)
            .put("global", false);
    String resetAt = String.format(Locale.ROOT, "%.3f", clock.millis() / 1000.0 + seconds);
    return RestAnswer.json(429, body)
        .withHeaders(
            Map.of(
                // Discord rounds Retry-After up to whole seconds; the body has the precise value.
                "Retry-After",
                Long.toString((long) Math.ceil(seconds)),
                "X-RateLimit-Limit",
                "5",
                "X-RateLimit-Remaining",
                "0",
                "X-RateLimit-Reset",
                resetAt,
                "X-RateLimit-Reset-After",
                String.format(Locale.ROOT, "%.3f", seconds),
                "X-RateLimit-Bucket",
                DiscordRestApi.bucketOf(rule.route.template()),
                "X-RateLimit-Scope",
                "user"));
  }

  private record Rule(RoutePattern route, AtomicInteger left, Duration retryAfter) {}
}
