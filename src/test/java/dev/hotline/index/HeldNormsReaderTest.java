package dev.hotline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class HeldNormsReaderTest {
  @Test
  void scoresAsTheNormsOnDiskDoWhereOnlySomeDocumentsHaveTheField() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(HotlineAnalyzer.forIndexing()))) {
        for (int i = 0; i < 300; i++) {
          Document doc = new Document();
          if (i % 3 == 0) {
            doc.add(
                new TextField(
                    IndexSchema.BODY,
                    "the wall fell" + " in berlin".repeat(i % 7),
                    Field.Store.NO));
          } else {
            doc.add(new StringField(IndexSchema.KIND, "event", Field.Store.NO));
          }
          writer.addDocument(doc);
        }
      }
      Query query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexSchema.BODY, "wall")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(IndexSchema.BODY, "berlin")), BooleanClause.Occur.SHOULD)
              .build();
      try (DirectoryReader onDisk = DirectoryReader.open(directory);
          DirectoryReader held =
              new HeldNormsReader(DirectoryReader.open(directory), Set.of(IndexSchema.BODY))) {
        ScoreDoc[] expected = searcher(onDisk).search(query, 50).scoreDocs;
        ScoreDoc[] actual = searcher(held).search(query, 50).scoreDocs;

        assertThat(actual).hasSameSizeAs(expected).hasSize(50);
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i].doc).isEqualTo(expected[i].doc);
          assertThat(actual[i].score).isEqualTo(expected[i].score);
        }
      }
    }
  }

  private static IndexSearcher searcher(DirectoryReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(Ranking.similarity());
    return searcher;
  }
}
