package dev.hotline.index;

/** How far apart two spellings are, in the slips people make typing in chat. */
final class Spelling {
  private Spelling() {}

  /**
   * Whether {@code a} becomes {@code b} by one slip: a letter wrong, missing, added, or two
   * neighbours swapped.
   */
  static boolean oneSlipApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      boolean swapped =
          i + 1 < a.length()
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2));
      return swapped || a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
