package dev.hotline.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms an article spells out once ("the United Nations Atomic Energy Commission (UNAEC)")
 * and then uses alone ("The resulting body, the UNAEC, was created on January 24, 1946"): wherever
 * the acronym stands in that article, its long form is indexed too, so a question that spells the
 * name out finds the clause that abbreviates it.
 */
final class Acronyms {
  /** Capitalised words, lower-case joining words between them, then the acronym in brackets. */
  private static final Pattern DEFINED =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|the|and|for|on|in|to|&)\\s+)*)+)"
              + "\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{0,8}\\p{Lu})\\)");

  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");

  /** An acronym, the words of its long form, and how to find it standing in a text. */
  private record Acronym(String letters, String longForm, Pattern standing) {}

  private final List<Acronym> acronyms;

  private Acronyms(List<Acronym> acronyms) {
    this.acronyms = acronyms;
  }

  /** The acronyms the texts of one article define; the first definition of each counts. */
  static Acronyms definedIn(List<String> texts) {
    Map<String, String> longForms = new LinkedHashMap<>();
    for (String text : texts) {
      Matcher m = DEFINED.matcher(text);
      while (m.find()) {
        String acronym = m.group(2);
        String longForm = spelledOut(acronym, m.group(1));
        if (longForm != null) {
          longForms.putIfAbsent(acronym, longForm);
        }
      }
    }
    List<Acronym> acronyms = new ArrayList<>();
    longForms.forEach(
        (letters, longForm) ->
            acronyms.add(
                new Acronym(
                    letters,
                    longForm,
                    Pattern.compile("\\b" + Pattern.quote(letters) + "\\b"))));
    return new Acronyms(List.copyOf(acronyms));
  }

  /** The acronyms with their long forms. */
  Map<String, String> longForms() {
    Map<String, String> longForms = new LinkedHashMap<>();
    for (Acronym acronym : acronyms) {
      longForms.put(acronym.letters(), acronym.longForm());
    }
    return longForms;
  }

  /**
   * Where in {@code text} a defined acronym stands alone (not in the brackets of its definition),
   * by start offset, with the long form's words.
   */
  Map<Integer, String> standingIn(String text) {
    Map<Integer, String> at = new HashMap<>();
    for (Acronym acronym : acronyms) {
      Matcher m = acronym.standing().matcher(text);
      while (m.find()) {
        boolean bracketed =
            m.start() > 0
                && text.charAt(m.start() - 1) == '('
                && m.end() < text.length()
                && text.charAt(m.end()) == ')';
        if (!bracketed) {
          at.put(m.start(), acronym.longForm());
        }
      }
    }
    return at;
  }

  /**
   * The shortest tail of the capitalised words before the brackets whose initials spell the
   * acronym: of the capitalised words, of their hyphened parts too ("Anti-Ballistic Missile" = ABM),
   * or of the joining words too ("Republic of China" = ROC); {@code null} if none does ("the Soviet
   * Union (USSR)" names no union of republics).
   */
  private static String spelledOut(String acronym, String words) {
    List<Integer> starts = new ArrayList<>();
    Matcher w = WORD.matcher(words);
    while (w.find()) {
      starts.add(w.start());
    }
    String letters = acronym.replaceAll("\\p{Ll}", "");
    for (int from = starts.size() - 1; from >= 0; from--) {
      String tail = words.substring(starts.get(from)).strip();
      if (!Character.isUpperCase(tail.charAt(0))) {
        continue;
      }
      if (initials(tail.split("\\s+"), false).equals(letters)
          || initials(tail.split("[\\s-]+"), false).equals(letters)
          || initials(tail.split("\\s+"), true).equals(letters)) {
        return tail;
      }
    }
    return null;
  }

  private static String initials(String[] words, boolean joiningWordsToo) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty()
          && (Character.isUpperCase(word.charAt(0)) || joiningWordsToo && !word.equals("&"))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
