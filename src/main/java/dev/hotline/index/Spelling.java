package dev.hotline.index;

/** How far apart two spellings are, in the slips people make typing in chat. */
public final class Spelling {
  private Spelling() {}

  /**
   * Whether {@code a} becomes {@code b} by one slip: a letter wrong, missing, added, or two
   * neighbours swapped.
   */
  public static boolean oneSlipApart(String a, String b) {
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

  /** Every spelling with one letter more than {@code word} after its first ("cina": "china"). */
  static java.util.Set<String> oneLetterMore(String word) {
    java.util.Set<String> variants = new java.util.LinkedHashSet<>();
    for (int i = 1; i <= word.length(); i++) {
      for (char c = 'a'; c <= 'z'; c++) {
        variants.add(word.substring(0, i) + c + word.substring(i));
      }
    }
    return variants;
  }

  /**
   * Whether {@code b} (its first {@code bLength} code points) is {@code a} or becomes it by one
   * slip, as a one-edit {@code FuzzyQuery} with transpositions counts them, over code points: a
   * letter wrong, missing, added, or two neighbours swapped.
   */
  static boolean atMostOneSlipApart(int[] a, int[] b, int bLength) {
    int aLength = a.length;
    if (Math.abs(aLength - bLength) > 1) {
      return false;
    }
    int i = 0;
    while (i < aLength && i < bLength && a[i] == b[i]) {
      i++;
    }
    if (aLength == bLength) {
      if (i == aLength) {
        return true;
      }
      boolean swapped =
          i + 1 < aLength
              && a[i] == b[i + 1]
              && a[i + 1] == b[i]
              && java.util.Arrays.equals(a, i + 2, aLength, b, i + 2, bLength);
      return swapped || java.util.Arrays.equals(a, i + 1, aLength, b, i + 1, bLength);
    }
    return aLength > bLength
        ? java.util.Arrays.equals(a, i + 1, aLength, b, i, bLength)
        : java.util.Arrays.equals(a, i, aLength, b, i + 1, bLength);
  }

  /**
   * Every spelling one slip from {@code word} that keeps its first letter: people rarely slip on
   * the first.
   */
  static java.util.Set<String> oneSlipVariants(String word) {
    java.util.Set<String> variants = new java.util.LinkedHashSet<>();
    for (int i = 1; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) {
        variants.add(head + tail.substring(1));
      }
      if (tail.length() > 1) {
        variants.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
      }
      for (char c = 'a'; c <= 'z'; c++) {
        variants.add(head + c + tail);
        if (!tail.isEmpty()) {
          variants.add(head + c + tail.substring(1));
        }
      }
    }
    variants.remove(word);
    return variants;
  }
}
