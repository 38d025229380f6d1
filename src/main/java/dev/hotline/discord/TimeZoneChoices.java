package dev.hotline.discord;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The IANA time zone ids that match what a moderator has typed, for {@code /daily on timezone}. */
final class TimeZoneChoices {
  /** Sorted once: the JDK's zone ids do not change while Hotline runs. */
  private final List<String> zones;

  TimeZoneChoices() {
    // Only region ids ("Europe/Paris") and UTC: the "SystemV/..." and bare abbreviations are
    // legacy.
    this.zones =
        ZoneId.getAvailableZoneIds().stream()
            .filter(
                id ->
                    (id.contains("/") && !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
                        || id.equals("UTC"))
            .sorted()
            .toList();
  }

  /**
   * Up to {@link DiscordRenderer#MAX_CHOICES} ids containing {@code typed}, ignoring case, spaces
   * as underscores; ids that start with it, then those whose city does, come first, so that "ber"
   * offers Europe/Berlin before ids that merely contain the letters.
   */
  List<String> matching(String typed) {
    String wanted = typed == null ? "" : typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String zone : zones) {
      if (zone.toLowerCase(Locale.ROOT).contains(wanted)) {
        found.add(zone);
      }
    }
    found.sort(Comparator.comparingInt((String zone) -> rank(zone, wanted)));
    return found.size() <= DiscordRenderer.MAX_CHOICES
        ? found
        : found.subList(0, DiscordRenderer.MAX_CHOICES);
  }

  private static int rank(String zone, String wanted) {
    String lower = zone.toLowerCase(Locale.ROOT);
    if (lower.startsWith(wanted)) {
      return 0;
    }
    return lower.substring(lower.lastIndexOf('/') + 1).startsWith(wanted) ? 1 : 2;
  }
}
