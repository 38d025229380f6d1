package dev.hotline.discord.fake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The interactions the fake dispatched, by token, and which of them the bot has acknowledged. */
final class InteractionRegistry {
  private final Map<String, IssuedInteraction> byToken = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  void issue(IssuedInteraction interaction) {
    byToken.put(interaction.reference().token(), interaction);
  }

  Optional<IssuedInteraction> find(String token) {
    return Optional.ofNullable(byToken.get(token));
  }

  /** True the first time only: Discord refuses a second callback on one interaction. */
  boolean acknowledge(String token) {
    return acknowledged.add(token);
  }

  boolean isAcknowledged(String token) {
    return acknowledged.contains(token);
  }
}
