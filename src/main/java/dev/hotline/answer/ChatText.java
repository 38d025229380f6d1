package dev.hotline.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat text as a question: emoji, zero-width characters and filler words ("lol", "pls") taken out,
 * so that a clear question stays clear however it was typed; and whether it is English at all.
 */
final class ChatText {
  /** Characters that are invisible in chat and may sit inside a word. */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

  private static final Pattern FILLER =
      Pattern.compile(
          // Laughter and fillers however drawn out ("hahaha", "lmaooo", "bruhhh", "plsss").
          "(?i)\\b(?:lo+l+|lmf?a+o+|ro+fl+|a?(?:ha){2,}[ah]*|(?:he){2,}[eh]*|xd+|pl[sz]+|pleas"
              + "|thx+|thanx|ty|tysm|bro+|bru+h+|du+de|guys|yo+|ok|okay|u+m+|u+h+|h+m+|btw|idk|tbh"
              + "|ngl|o+m+g+|wtf|imo|imho|fr|rn|smh|fyi|tho|iirc|afaik|ikr|lmk|aka"
              + "|ffs|q|quick q|quick question|random question|just wondering|i wonder)\\b"
              // Chat's one-letter words ("china n the soviets", "did u know") standing alone; not a
              // name's letter ("U-2", "U.S.", "R&D").
              + "|(?<!\\S)(?:n|u|r|ur|w)(?=[\\s,;:?!]|$)");

  /**
   * The bot addressed by name or as "bot" at the start, after a greeting or before a comma or colon
   * ("hey bot", "Hotline:", "ok hotline"): not the Moscow-Washington hotline asked about.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)^\\s*(?:(?:hey|hi|hello|yo|ok|okay|so|oh|um+|dear)[\\s,!]+)+(?:@?hotline|@?bot)\\b"
              + "[\\s,:;!.-]*|^\\s*(?:@?hotline|@?bot)\\s*[,:;!-]+\\s*");

  /**
   * Contractions, with or without their apostrophe ("he'd", "wouldnt", "didn't"): no article writes
   * them, so as typed they are words no article holds, which make Hotline doubt the question.
   */
  private static final Pattern NOT_CONTRACTED =
      Pattern.compile(
          "(?i)\\b(?<verb>do|does|did|is|are|was|were|has|have|had|would|could|should|must|need)"
              + "n['’]?t\\b");

  private static final Pattern WONT = Pattern.compile("(?i)\\bwon['’]?t\\b");

  private static final Pattern CANT = Pattern.compile("(?i)\\bcan['’]t\\b|\\bcant\\b");

  private static final Pattern PRONOUN_CONTRACTED =
      Pattern.compile(
          "(?i)\\b(?<who>i|you|he|she|it|we|they|that|there|who)['’](?<verb>d|ll|re|ve|m)\\b");

  /**
   * What the asker says of themself ("i always forget", "i think it was called", "i heard it sat
   * for years"), up to a comma or a question word: it tells nothing of the event. Not the "I" of
   * "World War I".
   */
  private static final Pattern ASIDE =
      Pattern.compile(
          "(?i)(?<!\\bwar )\\bi\\s+(?:always|never|just|really|still|honestly|literally|totally"
              + "|kinda|sorta|can|could|do|did|keep|forget|forgot|think|thought|guess|need|want"
              + "|wonder|wondered|heard|read|remember|mean|feel|believe|swear|bet|saw|learned"
              + "|learnt|got|have|had|am)\\b"
              + "(?:(?!\\b(?:when|what|who|whom|where|why|how|which)\\b)[^,;.?!])*");

  /** "Bot" anywhere: chat calls Hotline that, and no article is about bots. */
  private static final Pattern BOT = Pattern.compile("(?i)\\b@?bot\\b");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Frequent words of English, and of the languages Hotline is most often asked in instead. */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "of",
          "and",
          "when",
          "what",
          "who",
          "did",
          "was",
          "were",
          "is",
          "in",
          "on",
          "how",
          "why",
          "where",
          "which",
          "a",
          "an",
          "to",
          "happen",
          "happened",
          "year",
          "date",
          "start",
          "end",
          "war",
          "first");

  private static final Set<String> OTHER =
      words(
          // German
          "wann",
          "wer",
          "was",
          "wie",
          "warum",
          "wo",
          "der",
          "die",
          "das",
          "und",
          "ist",
          "war",
          "wurde",
          "hat",
          "ein",
          "eine",
          "den",
          "dem",
          "des",
          "mit",
          "von",
          "fiel",
          "begann",
          "mauer",
          "krieg",
          // French
          "quand",
          "qui",
          "quoi",
          "pourquoi",
          "où",
          "le",
          "la",
          "les",
          "et",
          "est",
          "était",
          "du",
          "des",
          "une",
          "de",
          "guerre",
          "mur",
          "commencé",
          "chute",
          // Spanish and Portuguese
          "cuándo",
          "cuando",
          "quién",
          "qué",
          "por",
          "el",
          "los",
          "las",
          "y",
          "es",
          "fue",
          "del",
          "guerra",
          "muro",
          "quando",
          "quem",
          "foi",
          "da",
          "caiu",
          "começou",
          "empezó",
          // Italian and Dutch
          "chi",
          "perché",
          "il",
          "gli",
          "è",
          "della",
          "wanneer",
          "wie",
          "het",
          "een",
          "viel",
          "begon",
          "muur",
          "oorlog");

  private ChatText() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** The question without emoji, invisible characters and chat filler. */
  static String clean(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(visible.length());
    visible
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean symbol =
                  type == Character.OTHER_SYMBOL
                      || type == Character.MODIFIER_SYMBOL
                      || type == Character.SURROGATE
                      || type == Character.PRIVATE_USE
                      || cp == 0xFE0F;
              out.appendCodePoint(symbol ? ' ' : cp);
            });
    String unaddressed = ADDRESS.matcher(out).replaceFirst("");
    if (unaddressed.isBlank()) {
      // "Hotline?" alone asks about the hotline.
      unaddressed = out.toString();
    }
    unaddressed = BOT.matcher(unaddressed).replaceAll(" ");
    unaddressed = ASIDE.matcher(uncontracted(unaddressed)).replaceAll(" ");
    return SPACES.matcher(FILLER.matcher(unaddressed).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * The text with its contractions written out ("he'd" as "he would", "wouldnt" as "would not").
   */
  private static String uncontracted(String text) {
    String out = NOT_CONTRACTED.matcher(text).replaceAll("${verb} not");
    out = WONT.matcher(out).replaceAll("will not");
    out = CANT.matcher(out).replaceAll("can not");
    Matcher m = PRONOUN_CONTRACTED.matcher(out);
    StringBuilder written = new StringBuilder();
    while (m.find()) {
      String verb =
          switch (m.group("verb").toLowerCase(Locale.ROOT)) {
            case "d" -> "would";
            case "ll" -> "will";
            case "re" -> "are";
            case "ve" -> "have";
            default -> "am";
          };
      m.appendReplacement(written, Matcher.quoteReplacement(m.group("who") + " " + verb));
    }
    m.appendTail(written);
    return written.toString();
  }

  /**
   * Whether a question is written in another language than English: mostly in another script, or
   * made of another language's common words and none of English's.
   */
  static boolean otherLanguage(String text) {
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
      i += Character.charCount(cp);
    }
    if (other > latin) {
      return true;
    }
    int english = 0;
    int foreign = 0;
    for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      // A word of both lists ("was", "war") tells neither language.
      boolean inEnglish = ENGLISH.contains(word);
      boolean inOther = OTHER.contains(word);
      if (inEnglish && !inOther) {
        english++;
      } else if (inOther && !inEnglish) {
        foreign++;
      }
    }
    return foreign >= 2 && foreign > 2 * english;
  }
}
