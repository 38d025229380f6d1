package dev.hotline.bench;

import dev.hotline.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline answer() is measured against: the textbook Lucene search of the question's words
 * with default BM25, over the same index generation, reading the top passage's stored fields.
 */
final class PlainBm25Search implements Closeable {
  static final int TOP = 10;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

  private PlainBm25Search(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    // The searcher's default similarity is BM25 with Lucene's default k1 and b.
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index generation folder that Hotline built. */
  static PlainBm25Search open(Path generation) throws IOException {
    return new PlainBm25Search(FSDirectory.open(generation));
  }

  /** The text of the best passage for {@code question}, or an empty string when nothing matches. */
  String topPassage(String question) throws IOException {
    // A parser per question, as QueryParser is not thread-safe; escaping makes "?" a plain
    // character.
    QueryParser parser = new QueryParser(IndexSchema.BODY, analyzer);
    Query query;
    try {
      query = parser.parse(QueryParser.escape(question));
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse the escaped question: " + question, e);
    }
    ScoreDoc[] top = searcher.search(query, TOP).scoreDocs;
    if (top.length == 0) {
      return "";
    }
    return searcher.storedFields().document(top[0].doc).get(IndexSchema.BODY);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
