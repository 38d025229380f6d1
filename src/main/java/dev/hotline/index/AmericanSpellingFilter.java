package dev.hotline.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Spells a lower-case "-ise" word the "-ize" way ("recognised" as "recognized", "organisation" as
 * "organization"), in questions and passages alike, so that either spelling finds the other; a word
 * that only ends like one ("promise", "rise") is rewritten on both sides too, which matches as
 * before.
 */
final class AmericanSpellingFilter extends TokenFilter {
  /** The endings rewritten, longest first. */
  private static final String[] BRITISH = {
    "isations", "isation", "isers", "ising", "ised", "ises", "iser", "ise"
  };

  /** The letters a word keeps before its ending: "rise" and "raise" are no "-ise" words. */
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AmericanSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (String ending : BRITISH) {
      int stem = length - ending.length();
      if (stem >= MIN_STEM && endsWith(buffer, length, ending)) {
        // "ise" and "ize" are as long, so the "s" is swapped in place.
        buffer[stem + 1] = 'z';
        break;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] buffer, int length, String ending) {
    int start = length - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (buffer[start + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
