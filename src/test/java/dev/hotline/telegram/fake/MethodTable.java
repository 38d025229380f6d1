package dev.hotline.telegram.fake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Method names to handlers, matched case-insensitively: telegrambots sends most names in lower case
 * ({@code sendmessage}) but {@code deleteWebhook} in camel case, and Telegram accepts both.
 */
final class MethodTable {

  /**
   * A supported method.
   *
   * @param name the canonical camel-case name calls are recorded under
   * @param handler what answers it
   */
  record Entry(String name, ApiMethod handler) {}

  private final Map<String, Entry> byLowerCaseName = new HashMap<>();

  MethodTable add(String name, ApiMethod handler) {
    byLowerCaseName.put(name.toLowerCase(Locale.ROOT), new Entry(name, handler));
    return this;
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
  }
}
