package dev.hotline.index;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.dates.DateMention;
import dev.hotline.dates.Granularity;
import dev.hotline.passage.Event;
import dev.hotline.passage.Passage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds a new index generation from passages, an article at a time, verifies it, and only then
 * makes it the live one.
 */
public final class PassageIndexWriter {
  /** Passage text: stemmed, stored, with positions and offsets in postings and term vectors. */
  private static final FieldType BODY_TYPE = bodyType(true);

  /** Passage text indexed as {@link #BODY_TYPE}, from a stream of its own, not stored. */
  private static final FieldType BODY_INDEXED_TYPE = bodyType(false);

  private final Clock clock;

  public PassageIndexWriter(Clock clock) {
    this.clock = clock;
  }

  /** What a build wrote. */
  public record BuildSummary(
      int articles, int passages, int events, int dates, int dayDates, Path generation) {}

  /**
   * Starts a new generation of {@code location}: takes its rebuild lock (telling {@code progress}
   * if it has to wait for another build) and opens the generation for writing. Add each article's
   * passages, then {@link Build#publish()}; closing an unpublished build removes its generation.
   */
  public Build start(IndexLocation location, CorpusReader.Progress progress) throws IOException {
    RebuildLock lock =
        location.lockForRebuild(
            root ->
                progress.waiting(
                    "another index build is running on " + root + "; waiting for it to finish"));
    try {
      return new Build(location, lock, clock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** One generation being written, under the index folder's rebuild lock. */
  public static final class Build implements Closeable {
    private final IndexLocation location;
    private final RebuildLock lock;
    private final Clock clock;
    private final Path generation;
    private final Analyzer analyzer;

    /**
     * Analyses passage text into the streams that carry acronyms' long forms: an analyzer of its
     * own, since the writer's reuses one stream for every field.
     */
    private final Analyzer bodyAnalyzer;

    private final Directory directory;
    private final IndexWriter writer;
    private int articles;
    private int passages;
    private int events;
    private int dates;
    private int dayDates;
    private boolean published;

    private Build(IndexLocation location, RebuildLock lock, Clock clock) throws IOException {
      this.location = location;
      this.lock = lock;
      this.clock = clock;
      this.generation = location.newGeneration();
      this.analyzer = HotlineAnalyzer.forIndexing();
      this.bodyAnalyzer = HotlineAnalyzer.forIndexing();
      this.directory = FSDirectory.open(generation);
      this.writer = new IndexWriter(directory, config(analyzer));
    }

    /** Adds the passages of one article and the events they tell. */
    public void add(List<Passage> articlePassages, List<Event> articleEvents) throws IOException {
      Map<String, List<Event>> byPassage = new java.util.HashMap<>();
      for (Event event : articleEvents) {
        writer.addDocument(document(event));
        byPassage.computeIfAbsent(event.passageId(), p -> new java.util.ArrayList<>()).add(event);
      }
      events += articleEvents.size();
      Acronyms acronyms = Acronyms.definedIn(articlePassages.stream().map(Passage::text).toList());
      Map<String, List<String>> longFormTerms = new java.util.HashMap<>();
      for (Passage passage : articlePassages) {
        Document doc = document(passage, byPassage.getOrDefault(passage.id(), List.of()));
        withLongForms(doc, passage.text(), acronyms, longFormTerms);
        writer.addDocument(doc);
        dates += passage.dates().size();
        dayDates +=
            (int) passage.dates().stream().filter(d -> d.granularity() == Granularity.DAY).count();
      }
      passages += articlePassages.size();
      articles += articlePassages.isEmpty() ? 0 : 1;
    }

    /**
     * Indexes a passage's text with the long form of each acronym its article spells out, each long
     * form analysed once an article ({@code longFormTerms}).
     */
    private void withLongForms(
        Document doc, String text, Acronyms acronyms, Map<String, List<String>> longFormTerms) {
      Map<Integer, String> standing = acronyms.standingIn(text);
      if (standing.isEmpty()) {
        return;
      }
      Map<Integer, List<String>> termsAt = new java.util.HashMap<>();
      for (Map.Entry<Integer, String> entry : standing.entrySet()) {
        termsAt.put(
            entry.getKey(),
            longFormTerms.computeIfAbsent(
                entry.getValue(), words -> HotlineAnalyzer.orderedTerms(bodyAnalyzer, words)));
      }
      // A field holds either a text or a stream: stored and indexed go as two fields of one name.
      doc.removeField(IndexSchema.BODY);
      doc.add(new StoredField(IndexSchema.BODY, text));
      doc.add(
          new Field(
              IndexSchema.BODY,
              new LongFormFilter(bodyAnalyzer.tokenStream(IndexSchema.BODY, text), termsAt),
              BODY_INDEXED_TYPE));
    }

    /** Commits and verifies the generation, then makes it the live one. */
    public BuildSummary publish() throws IOException {
      writer.setLiveCommitData(
          Map.of(
                  IndexSchema.SCHEMA_VERSION_KEY, IndexSchema.SCHEMA_VERSION,
                  IndexSchema.PASSAGE_COUNT_KEY, Integer.toString(passages),
                  IndexSchema.EVENT_COUNT_KEY, Integer.toString(events),
                  IndexSchema.ARTICLE_COUNT_KEY, Integer.toString(articles),
                  IndexSchema.BUILT_AT_KEY, clock.instant().toString())
              .entrySet());
      writer.commit();
      closeWriter();
      verify(generation, passages + events);
      location.publish(generation);
      published = true;
      return new BuildSummary(articles, passages, events, dates, dayDates, generation);
    }

    /** Releases the rebuild lock; a generation that was not published is removed. */
    @Override
    public void close() throws IOException {
      try {
        closeWriter();
        if (!published) {
          IndexLocation.deleteTree(generation);
        }
      } finally {
        lock.close();
      }
    }

    private void closeWriter() throws IOException {
      if (writer.isOpen()) {
        try (analyzer;
            bodyAnalyzer;
            directory) {
          writer.close();
        }
      }
    }
  }

  private static IndexWriterConfig config(Analyzer analyzer) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setSimilarity(Ranking.similarity());
    config.setRAMBufferSizeMB(64);
    return config;
  }

  /** Opens the new generation and checks it holds every passage before it goes live. */
  private static void verify(Path generation, int expected) throws IOException {
    try (Directory directory = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      if (reader.numDocs() != expected) {
        throw new IOException(
            "the new index holds " + reader.numDocs() + " documents, expected " + expected);
      }
    }
  }

  private static Document document(Passage passage, List<Event> events) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.PASSAGE_KIND, Field.Store.NO));
    doc.add(new StringField(IndexSchema.ID, passage.id(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.ARTICLE_ID, passage.articleId(), Field.Store.YES));
    doc.add(new StoredField(IndexSchema.POSITION, passage.position()));
    doc.add(new StoredField(IndexSchema.TITLE, passage.title()));
    doc.add(new TextField(IndexSchema.TITLE_TEXT, passage.title(), Field.Store.NO));
    doc.add(new Field(IndexSchema.BODY, passage.text(), BODY_TYPE));
    for (Event event : events) {
      if (event.declared()) {
        doc.add(new TextField(IndexSchema.EVENT_TEXT, event.description(), Field.Store.NO));
      }
    }
    doc.add(new StoredField(IndexSchema.SOURCE, passage.source()));
    if (passage.url() != null) {
      doc.add(new StoredField(IndexSchema.URL, passage.url()));
    }
    if (passage.published() != null) {
      doc.add(new StoredField(IndexSchema.PUBLISHED, passage.published().toString()));
      doc.add(new IntPoint(IndexSchema.PUBLISHED_DAY, (int) passage.published().toEpochDay()));
    }
    doc.add(new StoredField(IndexSchema.DATES, StoredDates.encode(passage.dates())));
    if (passage.leadingDate() != null) {
      doc.add(
          new StoredField(
              IndexSchema.LEADING_DATE, StoredDates.encode(List.of(passage.leadingDate()))));
    }
    Set<String> monthDays = new HashSet<>();
    for (DateMention date : passage.dates()) {
      doc.add(
          new IntRange(
              IndexSchema.EVENT_SPAN,
              new int[] {(int) date.value().from().toEpochDay()},
              new int[] {(int) date.value().to().toEpochDay()}));
      if (date.granularity() == Granularity.DAY) {
        monthDays.add(MonthDays.key(date.value().from()));
      }
    }
    for (String monthDay : monthDays) {
      doc.add(new StringField(IndexSchema.EVENT_MONTH_DAY, monthDay, Field.Store.NO));
    }
    return doc;
  }

  private static Document document(Event event) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.EVENT_KIND, Field.Store.NO));
    doc.add(new StringField(IndexSchema.EVENT_ID, event.id(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.PASSAGE, event.passageId(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.ARTICLE_ID, event.articleId(), Field.Store.YES));
    doc.add(new StoredField(IndexSchema.TITLE, event.title()));
    doc.add(new StoredField(IndexSchema.EVENT_DATE, StoredDates.encode(List.of(event.date()))));
    event
        .end()
        .ifPresent(
            end ->
                doc.add(
                    new StoredField(
                        IndexSchema.EVENT_END,
                        StoredDates.encode(
                            List.of(new DateMention(end, end.inWords(), -1, -1, false))))));
    doc.add(new TextField(IndexSchema.DESCRIPTION, event.description(), Field.Store.YES));
    if (event.declared()) {
      doc.add(new StoredField(IndexSchema.DECLARED, "1"));
    }
    doc.add(new StoredField(IndexSchema.CLAUSE, event.clauseStart() + " " + event.clauseEnd()));
    return doc;
  }

  private static FieldType bodyType(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setStoreTermVectors(true);
    type.setStoreTermVectorPositions(true);
    type.setStoreTermVectorOffsets(true);
    type.freeze();
    return type;
  }
}
