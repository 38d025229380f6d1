package dev.hotline.dates;

/** How precisely a date is known, from a single day to a part of a decade. */
public enum Granularity {
  DAY,
  MONTH,
  SEASON,
  YEAR,
  DECADE;

  /** Lower is finer; used to prefer the most precise of several dates. */
  public int precisionRank() {
    return ordinal();
  }
}
