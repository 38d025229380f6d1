package dev.hotline.index;

import dev.hotline.dates.DateMention;
import dev.hotline.dates.DateValue;
import dev.hotline.dates.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes a passage's dates into one stored field and reads them back, one date a line. */
final class StoredDates {
  private static final String SEPARATOR = "\t";

  private StoredDates() {}

  static String encode(List<DateMention> dates) {
    StringBuilder out = new StringBuilder();
    for (DateMention d : dates) {
      out.append(d.value().from())
          .append(SEPARATOR)
          .append(d.value().to())
          .append(SEPARATOR)
          .append(d.granularity().name())
          .append(SEPARATOR)
          .append(d.start())
          .append(SEPARATOR)
          .append(d.end())
          .append(SEPARATOR)
          .append(d.relative() ? "r" : "a")
          .append(SEPARATOR)
          .append(d.text().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    return out.toString();
  }

  static List<DateMention> decode(String stored) {
    List<DateMention> dates = new ArrayList<>();
    if (stored == null || stored.isEmpty()) {
      return dates;
    }
    for (String line : stored.split("\n")) {
      String[] f = line.split(SEPARATOR, 7);
      DateValue value =
          new DateValue(LocalDate.parse(f[0]), LocalDate.parse(f[1]), Granularity.valueOf(f[2]));
      dates.add(
          new DateMention(
              value, f[6], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5].equals("r")));
    }
    return dates;
  }
}
