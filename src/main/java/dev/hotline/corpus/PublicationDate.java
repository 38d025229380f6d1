package dev.hotline.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses the publication dates that article files carry, in the forms publishers write them. */
public final class PublicationDate {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH));

  private PublicationDate() {}

  /** The date in {@code text}, or empty when it is not a date in any known form. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (trimmed.length() > 10 && trimmed.charAt(4) == '-' && trimmed.charAt(10) == 'T') {
      try {
        return Optional.of(OffsetDateTime.parse(trimmed).toLocalDate());
      } catch (DateTimeParseException notOffset) {
        trimmed = trimmed.substring(0, 10);
      }
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(trimmed, format));
      } catch (DateTimeParseException tryNext) {
        // the next format may fit
      }
    }
    return Optional.empty();
  }
}
