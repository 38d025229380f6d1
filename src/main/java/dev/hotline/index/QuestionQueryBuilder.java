package dev.hotline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Turns chat text into a query from analysed tokens, never from query syntax: quotes, wildcards and
 * brackets are just characters. Each word becomes a concept matched by its synonyms; a word the
 * index has never seen is matched by its nearest spellings.
 */
final class QuestionQueryBuilder {
  /**
   * Longer questions keep their first concepts: enough to find a passage, well under clause limits.
   */
  static final int MAX_CONCEPTS = 32;

  /** Shorter words have too many neighbours one letter away ("hiss", "his") to guess from. */
  private static final int MIN_FUZZY_LENGTH = 5;

  private static final float FUZZY_WEIGHT = 0.8f;

  /** Stems this long may be an "-ify" verb or its "-ification" noun ("unifi", "unif"). */
  private static final int MIN_IFY_STEM = 5;

  /** Typed words this long are looked up by their one-slip variants when the stem finds none. */
  private static final int MIN_VARIANT_LENGTH = 5;

  /** Variants kept, the most common first: as many as the stem's fuzzy search keeps. */
  private static final int MAX_VARIANTS = 5;

  /** Words this long may be two slips from the right one; shorter ones would match too much. */
  private static final int LONG_ENOUGH_FOR_TWO_SLIPS = 7;

  private final Analyzer analyzer;
  private final Analyzer typedAnalyzer;
  private final SynonymStems synonymStems;
  private final IndexSearcher searcher;

  /** Each term's statistics, read once for the concepts and again used by the search. */
  private final TermLookup lookup;

  private final java.util.function.UnaryOperator<String> shared;

  private final WordClasses wordClasses;
  private final CapitalActors capitalActors;

  /** The question's words as typed, by their terms; read on first need (a builder per question). */
  private Map<String, String> typedWords;

  /** The verb a do-question turns on, if any, once {@link #doneVerbRead}. */
  private String doneVerb;

  /** The word after {@link #doneVerb}, lower-cased, or "" when it ends the clause. */
  private String afterDoneVerb = "";

  private boolean doneVerbRead;

  /**
   * @param analyzer the question chain with synonyms
   * @param typedAnalyzer the same chain without synonyms: what the user actually typed
   * @param synonymStems the synonym list's one-word entries by stem
   * @param knownTerms the statistics of the index's terms read by earlier questions on {@code
   *     searcher}, added to as this question reads more
   * @param shared the string the index's decoded passages share for a term (see {@link
   *     DecodedPassages#shared}), for the concepts' terms
   * @param wordClasses which English words are nouns, for a word no passage holds
   */
  QuestionQueryBuilder(
      Analyzer analyzer,
      Analyzer typedAnalyzer,
      SynonymStems synonymStems,
      IndexSearcher searcher,
      KnownTerms knownTerms,
      java.util.function.UnaryOperator<String> shared,
      WordClasses wordClasses) {
    this.analyzer = analyzer;
    this.typedAnalyzer = typedAnalyzer;
    this.synonymStems = synonymStems;
    this.searcher = searcher;
    this.lookup = new TermLookup(searcher, knownTerms);
    this.shared = shared;
    this.wordClasses = wordClasses;
    this.capitalActors = new CapitalActors(wordClasses);
  }

  Optional<QuestionQuery> build(String question) {
    String plain = PhrasalVerbs.joined(DuringPhrases.plain(question));
    String text = capitalActors.marked(respelt(plain));
    List<Concept> concepts = new ArrayList<>();
    Set<String> unknownNames = new java.util.HashSet<>();
    int deed = -1;
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> typed = typedTerms(text);
    for (List<List<String>> segment : segments(text, typed)) {
      Concept concept = concept(typedFirst(segment, typed), text);
      if (concept.alternatives().isEmpty() && hasDigit(concept.word())) {
        // A number no passage holds ("7th", "100k") says nothing about the topic.
        continue;
      }
      if (concept.alternatives().isEmpty() && onlyTells(concept.word(), text)) {
        // "Why did things look so rosy": a verb or an adjective the articles lack is how the
        // asker puts it, not a thing Hotline has never read of.
        continue;
      }
      if (concept.alternatives().isEmpty() && isDoneVerb(concept.word(), text)) {
        // "Why did the arabs slap an embargo": the verb a do-question turns on tells what was
        // done to the thing asked about, however the asker words it.
        continue;
      }
      concepts.add(concept);
      if (deed < 0 && isDeed(concept.word(), text)) {
        deed = concepts.size() - 1;
      }
      if (!concept.alternatives().isEmpty()) {
        query.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
      } else if (isName(concept.word(), text)) {
        unknownNames.add(concept.word());
      }
    }
    if (concepts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new QuestionQuery(concepts, query.build(), unknownNames, deed));
  }

  /** The shortest word read as a name when no dictionary lists it: shorter ones are chat's. */
  private static final int MIN_NAME_LENGTH = 5;

  /**
   * Whether a one-word concept is, as typed, a word no dictionary lists and long enough to be a
   * name ("gladio", "novocherkassk") rather than chat ("brb").
   */
  private boolean isName(String word, String text) {
    if (word.indexOf(' ') >= 0) {
      return false;
    }
    String typed = asTyped(word, text);
    return typed.length() >= MIN_NAME_LENGTH
        && typed.chars().allMatch(Character::isLetter)
        && !wordClasses.listed(typed);
  }

  /**
   * Light verbs say little of what was done ("make a trip", "get rid of"): the words after them
   * do.
   */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "make", "take", "have", "get", "give", "do", "go", "come", "put", "set", "let", "keep",
          "become", "remain");

  /**
   * Particles that make another verb of the one before them ("fall out", "bring up"); "in" or "on"
   * after a verb is as often where it happened ("land in cuba").
   */
  private static final Set<String> VERB_CHANGING_PARTICLES =
      Set.of("out", "up", "down", "off", "back", "away");

  /**
   * Whether a one-word concept is the deed a do-question asks the time of: its verb, neither light
   * nor followed by a particle that makes another verb of it ("fall out", "bring up").
   */
  private boolean isDeed(String word, String text) {
    return isDoneVerb(word, text)
        && !LIGHT_VERBS.contains(doneVerb)
        && !VERB_CHANGING_PARTICLES.contains(afterDoneVerb);
  }

  /** Whether a one-word concept is, as typed, the verb a do-question turns on. */
  private boolean isDoneVerb(String word, String text) {
    if (!doneVerbRead) {
      // Read once, on first need: it reads the dictionary.
      readDoneVerb(text);
      doneVerbRead = true;
    }
    return asTyped(word, text).equals(doneVerb);
  }

  /** "Did", "does" or "do" with what follows it up to the end of the clause. */
  private static final java.util.regex.Pattern DO_CLAUSE =
      java.util.regex.Pattern.compile(
          "\\b(?:did|does|do|didn'?t|doesn'?t|don'?t)\\s+([\\p{L}'’ -]+)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Words that follow a verb as part of it ("chew out"), though the dictionary lists them too. */
  private static final Set<String> PARTICLES =
      Set.of("out", "up", "down", "off", "back", "over", "in", "on", "away", "through", "about");

  /**
   * Words after which a verb's spelling is a noun's: determiners and prepositions ("the article",
   * "that exile army", "the siege of port alder").
   */
  private static final Set<String> BEFORE_NOUNS =
      Set.of(
          "the", "a", "an", "that", "this", "these", "those", "his", "her", "their", "its", "our",
          "my", "your", "of", "in", "at", "to", "on", "for", "from", "with", "by", "into", "about",
          "against", "between");

  /** The most words of a do-question's subject before its verb ("did john quincy adams pitch"). */
  private static final int MAX_SUBJECT_WORDS = 4;

  /**
   * Reads the verb a do-question turns on, as typed ("slap" in "why did the arabs slap an
   * embargo"), into {@link #doneVerb}: the first word the dictionary lists as a verb after the
   * subject's first word, or {@code null}; and the word after it into {@link #afterDoneVerb}.
   */
  private void readDoneVerb(String text) {
    var clause = DO_CLAUSE.matcher(text);
    if (!clause.find()) {
      return;
    }
    String[] words =
        java.util.Arrays.stream(clause.group(1).trim().split("\\s+"))
            .filter(w -> !adverb(w))
            .toArray(String[]::new);
    for (int i = 1; i < words.length && i <= MAX_SUBJECT_WORDS; i++) {
      // "When did the tunnel open": a verb-like word just before a verb ends the subject.
      if (wordClasses.verb(words[i])
          && !BEFORE_NOUNS.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT))
          && (i + 1 == words.length || !verbAfterSubject(words[i + 1]))) {
        doneVerb = words[i].toLowerCase(java.util.Locale.ROOT);
        afterDoneVerb =
            i + 1 == words.length ? "" : words[i + 1].toLowerCase(java.util.Locale.ROOT);
        return;
      }
    }
  }

  /** Adverbs without "-ly" that stand between a subject and its verb ("did the us first test"). */
  private static final Set<String> ADVERBS =
      Set.of("first", "ever", "once", "again", "also", "still", "just", "even", "then", "later");

  /** Whether a word is an adverb, which stands where it likes ("did the exiles actually land"). */
  private static boolean adverb(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("ly") || ADVERBS.contains(lower);
  }

  /** Whether a word is a verb in its plain form, not a particle ("out") or an "-ing" form. */
  private boolean verbAfterSubject(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return !lower.endsWith("ing") && !PARTICLES.contains(lower) && wordClasses.verb(lower);
  }

  /** Whether a one-word concept is, as typed, an English word with no reading as a noun. */
  private boolean onlyTells(String word, String text) {
    if (word.indexOf(' ') >= 0) {
      return false;
    }
    return wordClasses.onlyTells(asTyped(word, text));
  }

  /** The word of {@code text} that gave the term {@code word}, or the term itself. */
  private String asTyped(String word, String text) {
    if (typedWords == null) {
      typedWords = typedWords(text);
    }
    return typedWords.getOrDefault(word, word);
  }

  /** The words of a question, looked at once each for a slip or for two words run together. */
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\b\\p{L}{3,}\\b");

  /** Words this short may be a misspelt question word ("wehre", "whn"). */
  private static final int MAX_SLIPPED_LENGTH = 8;

  /** Words this long may be two run together ("shootdown"); each part has at least MIN_PART. */
  private static final int MIN_RUN_TOGETHER_LENGTH = 6;

  private static final int MIN_PART = 2;

  /**
   * The least length of the first of two words run together: a shorter one is a prefix of an
   * unknown word ("pretending" is not "pre tending").
   */
  private static final int MIN_FIRST_PART = 4;

  /** Question words long enough that one wrong letter still leaves them recognisable. */
  private static final List<String> QUESTION_WORDS =
      HotlineAnalyzer.questionWords().stream().filter(w -> w.length() >= 4).toList();

  /** The question with each word the index has never seen written as it was most likely meant. */
  private String respelt(String question) {
    var words = WORD.matcher(question);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      words.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(respell(words.group())));
    }
    words.appendTail(out);
    return out.toString();
  }

  /**
   * A word the index has never seen as the question word one typing slip away ("wehre": a slip in
   * "where" is not a topic Hotline lacks), or as the two known words run together in it
   * ("shootdown" as "shoot down"); any other word as typed.
   */
  private String respell(String word) {
    // A stop word ("started") analyses to nothing, so it is never unknown.
    Set<String> terms = typedTerms(word);
    if (terms.isEmpty() || indexed(terms)) {
      return word;
    }
    if (word.length() <= MAX_SLIPPED_LENGTH) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String questionWord = null;
      for (String candidate : QUESTION_WORDS) {
        if (Spelling.oneSlipApart(lower, candidate)
            && startsAlike(lower, candidate)
            && (questionWord == null || candidate.length() > questionWord.length())) {
          questionWord = candidate;
        }
      }
      if (questionWord != null) {
        return longerKnownWordNear(lower, questionWord) ? word : questionWord;
      }
    }
    // "parial" is "partial" mistyped, not "pari al": one slip from a known word beats a split, be
    // it seen in the stem or only in the word ("officialy" is "officially", not "offici aly").
    if (word.length() >= MIN_RUN_TOGETHER_LENGTH && !oneSlipFromKnown(terms)) {
      // The longest known first part wins: "shootdown" is "shoot down", not "shoo tdown".
      for (int cut = word.length() - MIN_PART; cut >= MIN_FIRST_PART; cut--) {
        String first = word.substring(0, cut);
        String second = word.substring(cut);
        if (known(first) && known(second)) {
          // Read only for a word that splits: its variants are hundreds of words to analyse.
          return oneSlipFromKnownWord(word) ? word : first + " " + second;
        }
      }
    }
    return word;
  }

  /**
   * Whether a slip keeps the word's first letter, or swaps its first two ("hwen"): people rarely
   * slip on the first, so "rust" is a name, not "just".
   */
  private static boolean startsAlike(String typed, String meant) {
    return typed.charAt(0) == meant.charAt(0)
        || typed.length() > 1
            && meant.length() > 1
            && typed.charAt(0) == meant.charAt(1)
            && typed.charAt(1) == meant.charAt(0);
  }

  /**
   * Whether a word one slip from {@code questionWord} (the longest such) is as near a longer word
   * of the articles: "bejing" is "beijing" with a letter left out rather than "being" with one too
   * many, as a long name is the likelier to lose a letter; "waht" stays "what", not "wait".
   */
  private boolean longerKnownWordNear(String word, String questionWord) {
    for (String variant : Spelling.oneSlipVariants(word)) {
      if (variant.length() > questionWord.length() && known(variant)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every term the word analyses to is in the index (a stop word is not a word here). */
  private boolean known(String word) {
    Set<String> terms = typedTerms(word);
    return !terms.isEmpty() && indexed(terms);
  }

  private boolean indexed(Set<String> terms) {
    for (String term : terms) {
      if (docFreq(term) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The analysed question cut at the token graph's articulation points: each segment is one typed
   * word with its one-word synonyms, or a phrase with its multi-word alternatives.
   */
  private List<List<List<String>>> segments(String text, Set<String> typed) {
    List<List<List<String>>> segments = new ArrayList<>();
    // A graph of no tokens cannot be walked. A synonym rule always puts words in for those it
    // matches, so the text leaves no tokens exactly when it leaves no typed terms.
    if (typed.isEmpty()) {
      return segments;
    }
    try (TokenStream stream = analyzer.tokenStream(IndexSchema.BODY, text)) {
      // The graph resets and reads the stream itself.
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      int[] points = graph.articulationPoints();
      int last = 0;
      for (int i = 0; i <= points.length && segments.size() < MAX_CONCEPTS; i++) {
        int start = last;
        int end = i < points.length ? points[i] : -1;
        last = end;
        List<List<String>> alternatives = new ArrayList<>();
        if (graph.hasSidePath(start)) {
          Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
          while (paths.hasNext()) {
            alternatives.add(tokens(paths.next()));
          }
        } else {
          for (Term term : graph.getTerms(IndexSchema.BODY, start)) {
            alternatives.add(List.of(term.text()));
          }
        }
        alternatives.removeIf(List::isEmpty);
        if (!alternatives.isEmpty()) {
          segments.add(alternatives);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return segments;
  }

  private Set<String> typedTerms(String text) {
    return HotlineAnalyzer.terms(typedAnalyzer, text);
  }

  /**
   * The segment with the longest alternative made only of typed words first, or as it was if none
   * is.
   */
  private static List<List<String>> typedFirst(List<List<String>> segment, Set<String> typed) {
    List<String> best = null;
    for (List<String> alternative : segment) {
      if (typed.containsAll(alternative) && (best == null || alternative.size() > best.size())) {
        best = alternative;
      }
    }
    if (best == null) {
      return segment;
    }
    List<List<String>> ordered = new ArrayList<>();
    ordered.add(best);
    for (List<String> alternative : segment) {
      if (alternative != best) {
        ordered.add(alternative);
      }
    }
    return ordered;
  }

  private static List<String> tokens(TokenStream path) throws IOException {
    List<String> tokens = new ArrayList<>();
    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
    path.reset();
    while (path.incrementToken()) {
      tokens.add(term.toString());
    }
    path.end();
    path.close();
    return tokens;
  }

  /**
   * Each word as typed, by the one term it analyses to: a long word may be two slips off, however
   * short its stem ("asasination" is "asasin"), and a slip in its ending hides it from the stemmer
   * ("revoluiton").
   */
  private Map<String, String> typedWords(String text) {
    Map<String, String> words = new HashMap<>();
    var found = WORD.matcher(text);
    while (found.find()) {
      String word = found.group().toLowerCase(java.util.Locale.ROOT);
      Set<String> terms = typedTerms(word);
      if (terms.size() == 1) {
        words.merge(terms.iterator().next(), word, (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    return words;
  }

  private Concept concept(List<List<String>> typedSegment, String text) {
    List<List<String>> segment = withOtherIfyForm(withListedForms(typedSegment));
    int docs = Math.max(1, passages(searcher.getIndexReader()));
    List<List<String>> known = new ArrayList<>();
    float weight = 0;
    float typedWeight = -1;
    for (List<String> alternative : segment) {
      float alternativeWeight = 0;
      boolean allKnown = true;
      for (String token : alternative) {
        int df = docFreq(token);
        allKnown &= df > 0;
        alternativeWeight = Math.max(alternativeWeight, idf(docs, df));
      }
      if (allKnown) {
        known.add(alternative);
        if (alternative == segment.get(0)) {
          typedWeight = alternativeWeight;
        } else {
          weight = Math.max(weight, alternativeWeight);
        }
      }
    }
    String word = String.join(" ", segment.get(0));
    if (typedWeight >= 0 && segment.get(0).size() == 1 && known.size() > 1) {
      // Only a word searched in other wordings may have a commoner form among them.
      typedWeight = Math.min(typedWeight, commonestForm(word, text, known, docs));
    }
    // What the user typed says how telling a concept is: "soviet" is common, however rare its
    // synonym "ussr".
    if (typedWeight >= 0) {
      weight = typedWeight;
    }
    boolean typedFirst = !known.isEmpty() && known.get(0).equals(segment.get(0));
    if (typedFirst && segment.get(0).size() == 1 && !isNumber(word)) {
      known.addAll(otherForms(word, text));
    }
    if (known.isEmpty() && segment.size() == 1 && segment.get(0).size() == 1 && !isNumber(word)) {
      // Only a word no passage holds needs its typed form: most questions never read it.
      Map<String, String> spellings = spellings(word, asTyped(word, text));
      for (String spelling : spellings.keySet()) {
        known.add(List.of(spelling));
        weight = Math.max(weight, FUZZY_WEIGHT * idf(docs, docFreq(spelling)));
      }
      // The word meant brings its synonyms, as it would typed right ("fonuded" is "founded", and
      // so "established" and "set up").
      spellings.forEach((spelling, meant) -> known.addAll(synonyms(meant, spelling)));
    }
    if (known.isEmpty()) {
      weight = idf(docs, 0);
    }
    // Synonym paths that stem alike ("established", "establishment") give one wording several
    // times; the first stands for all, so the search scores each once and coverage reads it once.
    List<List<String>> distinct = new ArrayList<>();
    for (List<String> alternative : new LinkedHashSet<>(known)) {
      distinct.add(alternative.stream().map(shared).toList());
    }
    return new Concept(word, distinct, weight, typedFirst && known.size() > 1);
  }

  /**
   * The indexed terms of a known word's other forms as a place or its adjective ("croatia" asked,
   * "a Croatian referendum" written) or of its kindred forms ("revolutionary", "revolution").
   */
  private List<List<String>> otherForms(String term, String text) {
    String typed = asTyped(term, text);
    List<String> others = new ArrayList<>(PlaceAdjectives.otherForms(typed));
    others.addAll(KindredForms.of(typed));
    List<List<String>> forms = new ArrayList<>();
    for (String form : others) {
      Set<String> terms = typedTerms(form);
      if (terms.size() == 1) {
        String other = terms.iterator().next();
        if (!other.equals(term) && docFreq(other) > 0) {
          forms.add(List.of(other));
        }
      }
    }
    return forms;
  }

  /**
   * The indexed terms a word no passage holds was likely meant as, each with the word as written
   * that gave it: {@code stem} is the word analysed, {@code typed} the word as typed.
   */
  private Map<String, String> spellings(String stem, String typed) {
    int length = Math.max(stem.length(), typed.length());
    boolean longEnough = typed.length() >= MIN_VARIANT_LENGTH;
    // A slip in the word as typed, where the stemmer cut it short ("najing" is "naje"), says more
    // than a neighbour of what is left of it ("name").
    boolean cutShort = typed.length() > stem.length();
    if (longEnough && cutShort) {
      Map<String, String> asTyped = knownVariants(Spelling.oneSlipVariants(typed));
      if (!asTyped.isEmpty()) {
        return asTyped;
      }
    }
    if (length >= MIN_FUZZY_LENGTH) {
      Map<String, String> near = nearSpellings(stem, length >= LONG_ENOUGH_FOR_TWO_SLIPS ? 2 : 1);
      if (!near.isEmpty()) {
        return near;
      }
    }
    if (longEnough) {
      return cutShort ? Map.of() : knownVariants(Spelling.oneSlipVariants(typed));
    }
    // A short word's likeliest slip is a letter left out ("cina", "grek"); other slips of four
    // letters make too many words ("hiss", "him").
    return typed.length() == MIN_VARIANT_LENGTH - 1
        ? knownVariants(Spelling.oneLetterMore(typed))
        : Map.of();
  }

  /**
   * The weight of the commonest of an irregular verb's forms that the concept searches, or infinity
   * for any other word: a question asks "did it become", while the texts tell that it "became", so
   * the form typed can be rare where the verb is not.
   */
  private float commonestForm(String word, String text, List<List<String>> searched, int docs) {
    float weight = Float.POSITIVE_INFINITY;
    for (String form : wordClasses.verbForms(asTyped(word, text))) {
      for (String term : typedTerms(form)) {
        int df = docFreq(term);
        if (df > 0 && searched.contains(List.of(term))) {
          weight = Math.min(weight, idf(docs, df));
        }
      }
    }
    return weight;
  }

  /**
   * A one-word segment with the synonyms of the list's entries that stem like it: the list is
   * matched on words as typed, so "dissolve" finds nothing of the entry "dissolved" by itself.
   */
  private List<List<String>> withListedForms(List<List<String>> segment) {
    if (segment.size() != 1 || segment.get(0).size() != 1) {
      return segment;
    }
    String term = segment.get(0).get(0);
    List<List<String>> all = new ArrayList<>(segment);
    for (String entry : synonymStems.entries(term)) {
      for (List<String> alternative : synonyms(entry, term)) {
        if (!all.contains(alternative)) {
          all.add(alternative);
        }
      }
    }
    return all;
  }

  /**
   * The segment with the other stem of each "-ify" word: the stemmer leaves "reunify" ("reunifi")
   * and "reunification" ("reunif") apart.
   */
  private static List<List<String>> withOtherIfyForm(List<List<String>> segment) {
    List<List<String>> all = new ArrayList<>(segment);
    for (List<String> alternative : segment) {
      if (alternative.size() != 1 || alternative.get(0).length() < MIN_IFY_STEM) {
        continue;
      }
      String stem = alternative.get(0);
      String other =
          stem.endsWith("ifi")
              ? stem.substring(0, stem.length() - 1)
              : stem.endsWith("if") ? stem + "i" : null;
      if (other != null && !all.contains(List.of(other))) {
        all.add(List.of(other));
      }
    }
    return all;
  }

  private Query conceptQuery(Concept concept) {
    List<Query> body = new ArrayList<>();
    List<Query> title = new ArrayList<>();
    for (List<String> alternative : concept.alternatives()) {
      body.add(allOf(IndexSchema.BODY, alternative));
      title.add(allOf(IndexSchema.TITLE_TEXT, alternative));
    }
    return new BooleanQuery.Builder()
        .add(new DisjunctionMaxQuery(body, 0f), BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(new DisjunctionMaxQuery(title, 0f), Ranking.TITLE_BOOST),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * An alternative's words, each adding to the score: a partial phrase still counts for something.
   */
  private Query allOf(String field, List<String> words) {
    if (words.size() == 1) {
      return termQuery(new Term(field, words.get(0)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(termQuery(new Term(field, word)), BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }

  /**
   * The indexed terms of the typed word's one-slip variants, the most common first, each with the
   * variant that gave it: found where the stem hides the slip ("revoluiton", "najing").
   */
  private Map<String, String> knownVariants(Set<String> variants) {
    Map<String, Integer> found = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (String variant : variants) {
      Set<String> terms = typedTerms(variant);
      if (terms.size() == 1) {
        String term = terms.iterator().next();
        int df = docFreq(term);
        if (df > 0) {
          found.put(term, df);
          written.putIfAbsent(term, variant);
        }
      }
    }
    Map<String, String> best = new LinkedHashMap<>();
    found.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(MAX_VARIANTS)
        .forEach(e -> best.put(e.getKey(), written.get(e.getKey())));
    return best;
  }

  /**
   * The indexed wordings the synonyms give a word meant ({@code written}, analysed to {@code
   * term}), besides the term itself.
   */
  private List<List<String>> synonyms(String written, String term) {
    Set<String> typed = typedTerms(written);
    if (!typed.equals(Set.of(term))) {
      return List.of();
    }
    List<List<List<String>>> segments = segments(written, typed);
    if (segments.size() != 1 || !segments.get(0).contains(List.of(term))) {
      return List.of();
    }
    List<List<String>> others = new ArrayList<>();
    for (List<String> alternative : segments.get(0)) {
      if (!alternative.equals(List.of(term))
          && alternative.stream().allMatch(token -> docFreq(token) > 0)) {
        others.add(alternative);
      }
    }
    return others;
  }

  private boolean oneSlipFromKnownWord(String word) {
    return !knownVariants(Spelling.oneSlipVariants(word.toLowerCase(java.util.Locale.ROOT)))
        .isEmpty();
  }

  private boolean oneSlipFromKnown(Set<String> terms) {
    return terms.size() == 1
        && terms.iterator().next().length() >= MIN_FUZZY_LENGTH
        && hasOneSlipNeighbour(terms.iterator().next());
  }

  /**
   * Whether the passage text holds a term one slip from {@code term} after its first letter:
   * whether {@code nearSpellings(term, 1)} would find any, without building the automaton of every
   * spelling one edit away (a tenth of a millisecond): the terms that share the first letter are
   * few enough to compare one by one.
   */
  private boolean hasOneSlipNeighbour(String term) {
    int[] rest = term.codePoints().skip(1).toArray();
    BytesRef first = new BytesRef(new String(Character.toChars(term.codePointAt(0))));
    int[] candidate = new int[rest.length + 2];
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.BODY);
        if (terms == null) {
          continue;
        }
        TermsEnum each = terms.iterator();
        if (each.seekCeil(first) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef known = each.term();
            known != null && StringHelper.startsWith(known, first);
            known = each.next()) {
          int bytes = known.length - first.length;
          // A code point is one to four bytes: most terms are too short or too long to compare.
          if (bytes < rest.length - 1 || bytes > 4 * (rest.length + 1)) {
            continue;
          }
          BytesRef tail = new BytesRef(known.bytes, known.offset + first.length, bytes);
          if (UnicodeUtil.codePointCount(tail) > rest.length + 1) {
            continue;
          }
          int length = UnicodeUtil.UTF8toUTF32(tail, candidate);
          if (Spelling.atMostOneSlipApart(rest, candidate, length)) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  /** A term query that takes the term's statistics from those already read. */
  private Query termQuery(Term term) {
    return new TermQuery(term, lookup.states(term));
  }

  private Map<String, String> nearSpellings(String word, int edits) {
    FuzzyQuery fuzzy = new FuzzyQuery(new Term(IndexSchema.BODY, word), edits, 1, 5, true);
    Set<Term> terms = new LinkedHashSet<>();
    try {
      searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(terms));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A stem is mostly a word as written too ("resign"); where it is not, it has no synonyms.
    Map<String, String> spellings = new LinkedHashMap<>();
    for (Term term : terms) {
      spellings.put(term.text(), term.text());
    }
    return spellings;
  }

  /** Passages that hold a term in their text or, failing that, in their article's title. */
  private int docFreq(String token) {
    int inText = lookup.docFreq(new Term(IndexSchema.BODY, token));
    return inText > 0 ? inText : lookup.docFreq(new Term(IndexSchema.TITLE_TEXT, token));
  }

  private static int passages(IndexReader reader) {
    try {
      return reader.getDocCount(IndexSchema.BODY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float idf(int docs, int df) {
    return (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  private static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }
}
