package dev.hotline.corpus;

/** Small text clean-ups that every reader needs. */
final class Text {
  private Text() {}

  /** Collapses runs of whitespace (including newlines inside a paragraph) to single spaces. */
  static String normalizeSpace(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
