package dev.hotline.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Hotline's one analysis chain: English stemming, accents folded ("Gdańsk" = "gdansk"), dots
 * dropped from acronyms ("U.S.S.R." = "ussr"). The query side adds question words to the stop list
 * and expands synonyms; the index side does neither, so synonyms never need re-indexing.
 */
public final class HotlineAnalyzer extends Analyzer {
  private static final Pattern DOTS = Pattern.compile("\\.");

  /** Words that shape a question but say nothing about its subject. */
  private static final CharArraySet QUESTION_WORDS = questionStopWords();

  private final CharArraySet stopWords;
  private final SynonymMap synonyms;

  private HotlineAnalyzer(CharArraySet stopWords, SynonymMap synonyms) {
    this.stopWords = stopWords;
    this.synonyms = synonyms;
  }

  /** The chain used when indexing passages. */
  public static HotlineAnalyzer forIndexing() {
    return new HotlineAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, null);
  }

  /**
   * The chain used for questions: question words removed, synonyms expanded (none when {@code
   * null}).
   */
  public static HotlineAnalyzer forQuestions(SynonymMap synonyms) {
    return new HotlineAnalyzer(QUESTION_WORDS, synonyms);
  }

  /** The words a question loses before it is searched ("when", "did", "where"), lower case. */
  static java.util.List<String> questionWords() {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (Object word : QUESTION_WORDS) {
      words.add(new String((char[]) word));
    }
    return words;
  }

  /** The chain without stop words, stemming or synonyms: how synonym entries are read. */
  static Analyzer forSynonymEntries() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalizeChain(source));
      }
    };
  }

  /** The distinct terms {@code analyzer} makes of {@code text}, in the order they stand. */
  static java.util.List<String> orderedTerms(Analyzer analyzer, String text) {
    return java.util.List.copyOf(collectTerms(analyzer, text, new java.util.LinkedHashSet<>()));
  }

  /** The distinct terms {@code analyzer} makes of {@code text}, as the passage text is analysed. */
  static java.util.Set<String> terms(Analyzer analyzer, String text) {
    return collectTerms(analyzer, text, new java.util.HashSet<>());
  }

  private static java.util.Set<String> collectTerms(
      Analyzer analyzer, String text, java.util.Set<String> terms) {
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.BODY, text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new StopFilter(normalizeChain(source), stopWords);
    if (synonyms != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(source, new PorterStemFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static TokenStream normalizeChain(Tokenizer source) {
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new PatternReplaceFilter(stream, DOTS, "", true);
    return new AmericanSpellingFilter(new ASCIIFoldingFilter(stream));
  }

  private static CharArraySet questionStopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String word :
        new String[] {
          "when",
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "where",
          "why",
          "how",
          // "How many", "how much": a number is asked, not anything many or much.
          "many",
          "much",
          "did",
          "does",
          "do",
          "done",
          "was",
          "were",
          "is",
          "are",
          "been",
          "being",
          "has",
          "have",
          "had",
          "himself",
          "herself",
          "itself",
          "themselves",
          "happen",
          "happened",
          "happens",
          "happening",
          "year",
          "years",
          "date",
          "day",
          "time",
          "tell",
          "me",
          "about",
          "please",
          "know",
          "you",
          "i",
          "can",
          "could",
          "would",
          "should",
          "start",
          "started",
          "begin",
          "began",
          "begun",
          "beginning",
          "starting",
          "starts",
          "end",
          "ended",
          "ending",
          "ends",
          "finish",
          "finished",
          "stop",
          "stopped",
          "get",
          "got",
          "place",
          "occur",
          "occurred",
          "exactly",
          "finally",
          "actually",
          "actual",
          "really",
          "anyway",
          "ever",
          "even",
          // "A new one", "which one": a pronoun standing for the thing named, not a number.
          "one",
          "ones",
          "clearly",
          "think",
          "mean",
          "means",
          "meant",
          "supposed",
          "hi",
          "hey",
          "hello",
          "thanks",
          "anyone",
          "someone",
          "remind",
          "explain",
          "kind",
          "give",
          "during",
          "before",
          "after",
          "since",
          "until",
          "between",
          "from",
          "over",
          "than",
          "any",
          "anything",
          "something",
          "events",
          "event",
          "important",
          "major",
          "notable",
          "happenings",
          "went",
          "on",
          // vague words chat pads a question with, which say nothing of what happened
          "thing",
          "things",
          "stuff",
          "so",
          "just",
          "rather",
          "pretty",
          "kinda",
          "sorta",
          "basically",
          "whole",
          "yo",
          "mess",
          // vague words chat names a person or people by ("the guy in charge")
          "guy",
          "guys",
          "folks",
          "dude",
          "dudes",
          // chat shorthand
          "lol",
          "lmao",
          "pls",
          "plz",
          "btw",
          "tbh",
          "idk",
          "imo",
          // chat leaves out apostrophes
          "whats",
          "whos",
          "wheres",
          "hows",
          "didnt",
          "dont",
          "doesnt",
          "wasnt",
          "werent",
          "isnt",
          "arent",
          "couldnt",
          "wouldnt",
          "shouldnt",
          "cant",
          "wont",
          "im",
          "ive",
          "id",
          "hed",
          "theyd",
          "youd",
          // "when'd", "he'd": a would or a did, which says nothing of what happened
          "when'd",
          "how'd",
          "what'd",
          "where'd",
          "who'd",
          "why'd",
          "he'd",
          "she'd",
          "they'd",
          "we'd",
          "you'd",
          "it'd",
          "i'd",
          // chat's yes and no, and "vs" between two sides a question already names
          "yes",
          "yeah",
          "yep",
          "ok",
          "okay",
          "vs",
          "versus"
        }) {
      words.add(word);
    }
    return CharArraySet.unmodifiableSet(words);
  }
}
