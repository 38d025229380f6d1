package dev.hotline.index;

import dev.hotline.dates.DateValue;
import dev.hotline.passage.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A searchable, read-only view of one index generation. Search results are {@link Passage} records,
 * never Lucene documents. Thread-safe; closing waits for searches in flight.
 */
public final class PassageIndex implements Closeable {
  /** The command that (re)builds an index, for messages that tell a user how to fix one. */
  public static final String BUILD_COMMAND = "./hotline index";

  private final Path generation;

  /** Keeps a rebuild from deleting this generation while it is open. */
  private final GenerationReaders.Lease lease;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer questionAnalyzer;
  private final Analyzer typedAnalyzer = HotlineAnalyzer.forQuestions(null);
  private final SynonymStems synonymStems;
  private final Map<String, String> commitData;
  private final List<String> titles;
  private final List<String> sources;
  private final Analyzer indexAnalyzer = HotlineAnalyzer.forIndexing();
  private final DecodedPassages decoded;

  /** The statistics of the terms questions have looked up, read once for this generation. */
  private final KnownTerms knownTerms = new KnownTerms();

  /** Which English words are nouns: read from WordNet only when a question holds an unread word. */
  private final WordClasses wordClasses = new WordClasses();

  private PassageIndex(
      Path generation,
      Directory directory,
      DirectoryReader reader,
      SynonymMap synonyms,
      GenerationReaders.Lease lease)
      throws IOException {
    this.generation = generation;
    this.lease = lease;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(Ranking.similarity());
    this.questionAnalyzer = HotlineAnalyzer.forQuestions(synonyms);
    this.synonymStems = SynonymStems.of(synonyms, typedAnalyzer);
    this.commitData = reader.getIndexCommit().getUserData();
    List<List<String>> distinct = distinct(reader, IndexSchema.TITLE, IndexSchema.SOURCE);
    this.titles = distinct.get(0);
    this.sources = distinct.get(1);
    this.decoded = new DecodedPassages(reader, searcher, indexAnalyzer);
  }

  /**
   * The distinct values of each of {@code fields}, sorted, in one pass over the stored fields: read
   * once at open, as titles are asked for on every autocomplete keystroke and sources on every
   * question.
   */
  private static List<List<String>> distinct(DirectoryReader reader, String... fields)
      throws IOException {
    List<java.util.Set<String>> values = new java.util.ArrayList<>();
    for (int f = 0; f < fields.length; f++) {
      values.add(new java.util.TreeSet<>());
    }
    java.util.Set<String> wanted = java.util.Set.of(fields);
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      var document = stored.document(doc, wanted);
      for (int f = 0; f < fields.length; f++) {
        String value = document.get(fields[f]);
        if (value != null && !value.isBlank()) {
          values.get(f).add(value);
        }
      }
    }
    return values.stream().map(List::copyOf).toList();
  }

  /** The distinct article titles in the index, sorted. */
  public List<String> titles() {
    return titles;
  }

  /** The distinct sources (sites, publishers) the index's articles name, sorted. */
  public List<String> sources() {
    return sources;
  }

  /**
   * Opens the live generation at {@code location}.
   *
   * @throws IndexUnavailableException when there is no index, or it is corrupt or of another
   *     schema; the message names the folder and the command that fixes it
   */
  public static PassageIndex open(IndexLocation location, SynonymMap synonyms) {
    // A rebuild may publish and delete between reading CURRENT and leasing what it named: then
    // CURRENT names a newer generation, and reading it again finds that one.
    for (int attempt = 1; ; attempt++) {
      Path generation = currentGeneration(location);
      Optional<GenerationReaders.Lease> lease;
      try {
        lease = GenerationReaders.acquire(generation);
      } catch (IOException e) {
        throw unreadable(location, e);
      }
      if (lease.isPresent()) {
        return open(location, generation, lease.get(), synonyms);
      }
      if (attempt == MAX_OPEN_ATTEMPTS) {
        throw missingGeneration(location, generation);
      }
    }
  }

  private static final int MAX_OPEN_ATTEMPTS = 5;

  private static Path currentGeneration(IndexLocation location) {
    Path generation;
    try {
      generation =
          location
              .current()
              .orElseThrow(
                  () ->
                      new IndexUnavailableException(
                          "No index at "
                              + location.root()
                              + ". Build it with: "
                              + BUILD_COMMAND
                              + indexFlag(location)));
    } catch (IOException e) {
      throw unreadable(location, e);
    }
    if (!Files.isDirectory(generation)) {
      throw missingGeneration(location, generation);
    }
    return generation;
  }

  private static IndexUnavailableException missingGeneration(
      IndexLocation location, Path generation) {
    return new IndexUnavailableException(
        "The index at "
            + location.root()
            + " points to a missing folder ("
            + generation.getFileName()
            + "). Rebuild it with: "
            + BUILD_COMMAND
            + indexFlag(location));
  }

  private static PassageIndex open(
      IndexLocation location, Path generation, GenerationReaders.Lease lease, SynonymMap synonyms) {
    Directory directory = null;
    try {
      directory = FSDirectory.open(generation);
      DirectoryReader reader =
          new HeldNormsReader(
              DirectoryReader.open(directory), Set.of(IndexSchema.BODY, IndexSchema.TITLE_TEXT));
      PassageIndex index = new PassageIndex(generation, directory, reader, synonyms, lease);
      index.checkSchema(location);
      return index;
    } catch (IndexNotFoundException
        | CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | java.nio.file.NoSuchFileException e) {
      closeQuietly(directory);
      lease.close();
      throw new IndexUnavailableException(
          "The index at "
              + location.root()
              + " is damaged or unreadable ("
              + e.getClass().getSimpleName()
              + "). Rebuild it with: "
              + BUILD_COMMAND
              + indexFlag(location),
          e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      lease.close();
      if (e instanceof IndexUnavailableException unavailable) {
        throw unavailable;
      }
      throw unreadable(location, e);
    }
  }

  private void checkSchema(IndexLocation location) throws IOException {
    String version = commitData.get(IndexSchema.SCHEMA_VERSION_KEY);
    if (!IndexSchema.SCHEMA_VERSION.equals(version)) {
      close();
      throw new IndexUnavailableException(
          "The index at "
              + location.root()
              + " was built by another version "
              + "of Hotline. Rebuild it with: "
              + BUILD_COMMAND
              + indexFlag(location));
    }
  }

  public Path generation() {
    return generation;
  }

  public int passageCount() {
    return Integer.parseInt(commitData.getOrDefault(IndexSchema.PASSAGE_COUNT_KEY, "0"));
  }

  /** Every dated event the index holds, in id order (passage by passage). */
  public List<dev.hotline.passage.Event> events() {
    return decoded.events();
  }

  /** The passage with {@code id}, if this index holds one. */
  public Optional<Passage> passage(String id) {
    return decoded.passage(id);
  }

  public int eventCount() {
    return Integer.parseInt(commitData.getOrDefault(IndexSchema.EVENT_COUNT_KEY, "0"));
  }

  public int articleCount() {
    return Integer.parseInt(commitData.getOrDefault(IndexSchema.ARTICLE_COUNT_KEY, "0"));
  }

  public Optional<Instant> builtAt() {
    return Optional.ofNullable(commitData.get(IndexSchema.BUILT_AT_KEY)).map(Instant::parse);
  }

  /** The terms a word of a question analyses to as typed: no synonyms, no spelling guesses. */
  public java.util.Set<String> typedTerms(String word) {
    return HotlineAnalyzer.terms(typedAnalyzer, word);
  }

  /** The question as concepts and a query, or empty when nothing searchable is left in it. */
  public Optional<QuestionQuery> questionQuery(String question) {
    return new QuestionQueryBuilder(
            questionAnalyzer,
            typedAnalyzer,
            synonymStems,
            searcher,
            knownTerms,
            decoded::shared,
            wordClasses)
        .build(question);
  }

  /**
   * The best passages for a question, optionally only those with an event date inside {@code
   * scope}.
   */
  public List<PassageHit> search(QuestionQuery question, Optional<DateValue> scope, int limit) {
    return search(question, scope, limit, List.of(), 0);
  }

  /**
   * The best passages for a question as {@link #search(QuestionQuery, Optional, int)} finds them,
   * those holding one of the {@code favoured} words (analysed as passage text is) scoring {@code
   * boost} more, as if the question had asked for that word too.
   */
  public List<PassageHit> search(
      QuestionQuery question,
      Optional<DateValue> scope,
      int limit,
      List<String> favoured,
      float boost) {
    Query query = question.query();
    if (!favoured.isEmpty() && boost > 0) {
      java.util.Set<String> terms = new java.util.LinkedHashSet<>();
      for (String word : favoured) {
        terms.addAll(HotlineAnalyzer.terms(indexAnalyzer, word));
      }
      List<Query> anyOf =
          terms.stream().map(t -> (Query) new TermQuery(new Term(IndexSchema.BODY, t))).toList();
      query =
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(
                  new BoostQuery(new DisjunctionMaxQuery(anyOf, 0f), boost),
                  BooleanClause.Occur.SHOULD)
              .build();
    }
    if (scope.isPresent()) {
      query =
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(withinQuery(scope.get()), BooleanClause.Occur.FILTER)
              .build();
    }
    return run(query, limit, question);
  }

  /** Passages with an event on {@code day} of any year, ranked by the question if one is given. */
  public List<PassageHit> onMonthDay(MonthDay day, Optional<QuestionQuery> question, int limit) {
    Query filter = new TermQuery(new Term(IndexSchema.EVENT_MONTH_DAY, MonthDays.key(day)));
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
    question.ifPresent(q -> query.add(q.query(), BooleanClause.Occur.SHOULD));
    return run(query.build(), limit, question.orElse(null));
  }

  /** Passages with any event inside {@code scope}, for "what happened in October 1962?". */
  public List<PassageHit> within(DateValue scope, int limit) {
    Query query =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
            .add(withinQuery(scope), BooleanClause.Occur.FILTER)
            .build();
    return run(query, limit, null);
  }

  private static Query withinQuery(DateValue scope) {
    return IntRange.newWithinQuery(
        IndexSchema.EVENT_SPAN,
        new int[] {(int) scope.from().toEpochDay()},
        new int[] {(int) scope.to().toEpochDay()});
  }

  private List<PassageHit> run(Query query, int limit, QuestionQuery question) {
    try {
      int top = Math.max(1, limit);
      // Only the best passages are read, never how many matched, so Lucene may skip the rest.
      ScoreDoc[] docs =
          searcher.search(query, new TopScoreDocCollectorManager(top, null, top)).scoreDocs;
      List<PassageHit> hits = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        DecodedPassages.Placed found = decoded.placed(doc.doc);
        Passage passage = found.decoded().passage();
        List<TermMatch> matches =
            question == null ? List.of() : matches(found.decoded().offsets(), question);
        hits.add(
            new PassageHit(
                passage,
                doc.score,
                matches,
                found.decoded().sentences(),
                found.decoded().events(),
                found.article(),
                found.neighbours()));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching " + generation + " failed", e);
    }
  }

  /** Where each concept's terms occur in the passage. */
  private static List<TermMatch> matches(TermOffsets offsets, QuestionQuery question) {
    List<TermMatch> matches = new ArrayList<>();
    for (int concept = 0; concept < question.concepts().size(); concept++) {
      List<String> terms = question.concepts().get(concept).terms();
      for (int t = 0; t < terms.size(); t++) {
        String term = terms.get(t);
        int[] spans = offsets.of(term);
        if (spans != null) {
          for (int i = 0; i < spans.length; i += 2) {
            matches.add(new TermMatch(concept, t, term, spans[i], spans[i + 1]));
          }
        }
      }
    }
    return matches;
  }

  @Override
  public void close() throws IOException {
    indexAnalyzer.close();
    typedAnalyzer.close();
    questionAnalyzer.close();
    try {
      reader.close();
    } finally {
      try {
        directory.close();
      } finally {
        lease.close();
      }
    }
  }

  private static IndexUnavailableException unreadable(IndexLocation location, Exception e) {
    return new IndexUnavailableException(
        "The index at "
            + location.root()
            + " cannot be read ("
            + e.getMessage()
            + "). Rebuild it with: "
            + BUILD_COMMAND
            + indexFlag(location),
        e);
  }

  private static String indexFlag(IndexLocation location) {
    return location.root().equals(IndexDefaults.bundledLocation().root())
        ? ""
        : " --index " + location.root();
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the original failure is the one worth reporting
      }
    }
  }
}
