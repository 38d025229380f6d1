package dev.hotline.dates;

/** A date found in a text: its normalised value and where it was written ({@code start..end}). */
public record DateMention(DateValue value, String text, int start, int end, boolean relative) {

  public String iso() {
    return value.iso();
  }

  public Granularity granularity() {
    return value.granularity();
  }
}
