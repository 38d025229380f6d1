package dev.hotline.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Loads the query-time synonyms (Cold War names, spellings and misspellings) from a resource file.
 */
public final class Synonyms {
  private static final String RESOURCE = "synonyms.txt";

  private Synonyms() {}

  /** The synonyms shipped with Hotline. */
  public static SynonymMap bundled() {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the synonym list " + RESOURCE + " is missing from the build");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SynonymMap parse(Reader reader) throws IOException {
    SolrSynonymParser parser =
        new SolrSynonymParser(true, true, HotlineAnalyzer.forSynonymEntries());
    try {
      parser.parse(reader);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalStateException(
          "synonym list line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }
}
