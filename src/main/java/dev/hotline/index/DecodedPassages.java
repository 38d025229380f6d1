package dev.hotline.index;

import dev.hotline.dates.DateMention;
import dev.hotline.passage.Event;
import dev.hotline.passage.Passage;
import dev.hotline.passage.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Passages, their events and their articles' terms, decoded from one index generation on first use
 * and kept: reading stored fields and term vectors costs more than the search itself, and a bot is
 * asked about the same events again and again.
 */
final class DecodedPassages {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final AtomicReferenceArray<Decoded> byDoc;
  private final AtomicReferenceArray<Placed> placedByDoc;
  private final Map<String, ArticleTerms> articles = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> analysed = new ConcurrentHashMap<>();

  /**
   * One string for each term decoded, shared by every passage, title and description that holds it.
   * A question's terms are looked up in the term sets of every passage found and of its article;
   * given as these same strings, a term that is there is recognised by reference rather than by
   * reading both strings through.
   */
  private final Map<String, String> vocabulary = new ConcurrentHashMap<>();

  private volatile List<Event> allEvents;

  DecodedPassages(DirectoryReader reader, IndexSearcher searcher, Analyzer analyzer) {
    this.reader = reader;
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.byDoc = new AtomicReferenceArray<>(reader.maxDoc());
    this.placedByDoc = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /** A passage with each of its terms' offsets ({@code start, end} pairs), sentences and events. */
  record Decoded(
      Passage passage, TermOffsets offsets, List<Sentences.Span> sentences, List<EventHit> events) {
    Decoded {
      // Copied once here, the passage hits made of them every search need not copy them again.
      sentences = List.copyOf(sentences);
      events = List.copyOf(events);
    }
  }

  /** A passage with its article's terms and those of the passages just before and after it. */
  record Placed(Decoded decoded, ArticleTerms article, List<Set<String>> neighbours) {
    Placed {
      neighbours = List.copyOf(neighbours);
    }
  }

  /** A found passage with what is read around it: worked out once per passage, not per search. */
  Placed placed(int doc) {
    Placed placed = placedByDoc.get(doc);
    if (placed == null) {
      Decoded decoded = passage(doc);
      ArticleTerms article = article(decoded.passage().articleId());
      placed = new Placed(decoded, article, neighbours(article, decoded.passage()));
      placedByDoc.set(doc, placed);
    }
    return placed;
  }

  /** The terms of the passages just before and after one in its article. */
  private static List<Set<String>> neighbours(ArticleTerms article, Passage passage) {
    List<Set<String>> neighbours = new ArrayList<>(2);
    for (int position : new int[] {passage.position() - 1, passage.position() + 1}) {
      if (position >= 0 && position < article.passages().size()) {
        neighbours.add(article.passages().get(position));
      }
    }
    return neighbours;
  }

  Decoded passage(int doc) {
    Decoded decoded = byDoc.get(doc);
    if (decoded == null) {
      try {
        decoded = decode(doc);
      } catch (IOException e) {
        throw new UncheckedIOException("reading passage " + doc + " failed", e);
      }
      byDoc.set(doc, decoded);
    }
    return decoded;
  }

  /** Every event in the index, in id order, read once. */
  List<Event> events() {
    List<Event> all = allEvents;
    if (all == null) {
      List<Event> read = new ArrayList<>();
      try {
        for (int doc :
            docs(
                new TermQuery(new Term(IndexSchema.KIND, IndexSchema.EVENT_KIND)),
                Integer.MAX_VALUE)) {
          read.add(event(searcher.storedFields().document(doc)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      read.sort(Comparator.comparing(Event::id));
      all = List.copyOf(read);
      allEvents = all;
    }
    return all;
  }

  /** The passage with {@code id}, if the index holds one. */
  Optional<Passage> passage(String id) {
    List<Integer> docs = docs(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    return docs.isEmpty() ? Optional.empty() : Optional.of(passage(docs.get(0)).passage());
  }

  /** The terms of an article's title, key events and text, and its passages in order. */
  ArticleTerms article(String articleId) {
    return articles.computeIfAbsent(articleId, this::decodeArticle);
  }

  /**
   * The string this generation's decoded terms share for {@code term}, or {@code term} itself if
   * none holds it yet.
   */
  String shared(String term) {
    return vocabulary.getOrDefault(term, term);
  }

  /** {@link #shared} for a term being decoded: the first string read becomes the shared one. */
  private String share(String term) {
    String first = vocabulary.putIfAbsent(term, term);
    return first == null ? term : first;
  }

  /** The analysed terms of a short text such as a title, analysed once. */
  Set<String> terms(String text) {
    return analysed.computeIfAbsent(text, this::analyse);
  }

  private ArticleTerms decodeArticle(String articleId) {
    Query query =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)),
                BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexSchema.KIND, IndexSchema.PASSAGE_KIND)),
                BooleanClause.Occur.FILTER)
            .build();
    List<Decoded> passages = new ArrayList<>();
    for (int doc : docs(query, Integer.MAX_VALUE)) {
      passages.add(passage(doc));
    }
    passages.sort(Comparator.comparingInt(d -> d.passage().position()));
    Set<String> body = new HashSet<>();
    Set<String> keyEvents = new HashSet<>();
    List<Set<String>> terms = new ArrayList<>();
    String title = "";
    for (Decoded decoded : passages) {
      body.addAll(decoded.offsets().terms());
      terms.add(decoded.offsets().terms());
      title = decoded.passage().title();
      for (EventHit event : decoded.events()) {
        if (event.event().declared()) {
          keyEvents.addAll(event.descriptionTerms());
        }
      }
    }
    return new ArticleTerms(articleId, terms(title), keyEvents, body, terms);
  }

  private List<Integer> docs(Query query, int limit) {
    try {
      int n = Math.min(limit, Math.max(1, reader.maxDoc()));
      List<Integer> docs = new ArrayList<>();
      for (ScoreDoc doc : searcher.search(query, n).scoreDocs) {
        docs.add(doc.doc);
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Decoded decode(int doc) throws IOException {
    Passage passage = passage(searcher.storedFields().document(doc));
    List<EventHit> events = new ArrayList<>();
    for (int eventDoc : docs(new TermQuery(new Term(IndexSchema.PASSAGE, passage.id())), 10_000)) {
      Event event = event(searcher.storedFields().document(eventDoc));
      events.add(new EventHit(event, terms(event.description())));
    }
    events.sort(Comparator.comparing(e -> e.event().id()));
    return new Decoded(
        passage, offsets(reader.termVectors(), doc), Sentences.split(passage.text()), events);
  }

  private static Passage passage(Document doc) {
    String published = doc.get(IndexSchema.PUBLISHED);
    List<DateMention> leading = StoredDates.decode(doc.get(IndexSchema.LEADING_DATE));
    return new Passage(
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.ARTICLE_ID),
        doc.getField(IndexSchema.POSITION).numericValue().intValue(),
        doc.get(IndexSchema.TITLE),
        published == null ? null : LocalDate.parse(published),
        doc.get(IndexSchema.SOURCE),
        doc.get(IndexSchema.URL),
        doc.get(IndexSchema.BODY),
        StoredDates.decode(doc.get(IndexSchema.DATES)),
        leading.isEmpty() ? null : leading.get(0));
  }

  static Event event(Document doc) {
    List<DateMention> end = StoredDates.decode(doc.get(IndexSchema.EVENT_END));
    String[] clause = doc.get(IndexSchema.CLAUSE).split(" ");
    return new Event(
        doc.get(IndexSchema.EVENT_ID),
        doc.get(IndexSchema.PASSAGE),
        doc.get(IndexSchema.ARTICLE_ID),
        doc.get(IndexSchema.TITLE),
        StoredDates.decode(doc.get(IndexSchema.EVENT_DATE)).get(0),
        end.isEmpty() ? Optional.empty() : Optional.of(end.get(0).value()),
        doc.get(IndexSchema.DESCRIPTION),
        doc.get(IndexSchema.DECLARED) != null,
        Integer.parseInt(clause[0]),
        Integer.parseInt(clause[1]));
  }

  /** Every term of the passage with its offsets, from the stored term vector. */
  private TermOffsets offsets(TermVectors vectors, int doc) throws IOException {
    Terms terms = vectors.get(doc, IndexSchema.BODY);
    Map<String, int[]> offsets = new HashMap<>();
    if (terms == null) {
      return new TermOffsets(offsets);
    }
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    BytesRef term;
    while ((term = termsEnum.next()) != null) {
      postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
      postings.nextDoc();
      int[] spans = new int[postings.freq() * 2];
      for (int i = 0; i < postings.freq(); i++) {
        postings.nextPosition();
        spans[2 * i] = postings.startOffset();
        spans[2 * i + 1] = postings.endOffset();
      }
      offsets.put(share(term.utf8ToString()), spans);
    }
    return new TermOffsets(offsets);
  }

  private Set<String> analyse(String text) {
    List<String> terms = new ArrayList<>();
    for (String term : HotlineAnalyzer.terms(analyzer, text)) {
      terms.add(share(term));
    }
    return TermSet.copyOf(terms);
  }
}
