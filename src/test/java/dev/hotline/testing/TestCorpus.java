package dev.hotline.testing;

import dev.hotline.corpus.ArticleFormats;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.dates.DateExtractor;
import dev.hotline.answer.AnswerService;
import dev.hotline.index.CorpusIndexer;
import dev.hotline.index.IndexAccess;
import dev.hotline.index.IndexLocation;
import dev.hotline.index.PassageIndex;
import dev.hotline.index.PassageIndexWriter;
import dev.hotline.index.Synonyms;
import dev.hotline.passage.PassageBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A few short articles written for tests, in the bundled format, and an index built from them. */
public final class TestCorpus {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  private TestCorpus() {}

  /** Writes the test articles under {@code dir}/articles and returns that folder. */
  public static Path write(Path dir) throws IOException {
    Path articles = dir.resolve("articles");
    Files.createDirectories(articles);
    article(
        articles,
        "split.md",
        "The Sino-Soviet Split",
        "2021-03-02",
        "The alliance between Moscow and Beijing began with a treaty signed on February 14, 1950,"
            + " when Mao Zedong visited Stalin and the two governments promised each other help for"
            + " thirty years.",
        "After Nikita Khrushchev denounced Stalin in a secret speech on February 25, 1956, Mao"
            + " began to doubt the Soviet leadership, and quarrels over ideology and aid grew"
            + " through the late 1950s.",
        "The border conflict of 1969 was the low point: on March 2, 1969, Chinese and Soviet troops"
            + " clashed on Zhenbao Island in the Ussuri River, and further border clashes followed"
            + " that summer.");
    article(
        articles,
        "cuba.md",
        "The Cuban Missile Crisis",
        "2021-05-10",
        "On October 16, 1962, President Kennedy was shown photographs of Soviet missile sites under"
            + " construction in Cuba, and thirteen days of crisis began between Washington and"
            + " Moscow.",
        "On October 22, 1962, Kennedy announced a naval quarantine of Cuba in a television address,"
            + " and on October 28, 1962, Khrushchev agreed to remove the missiles in return for a"
            + " pledge not to invade.");
    article(
        articles,
        "wall.md",
        "The Berlin Wall",
        "2021-08-13",
        "East German troops and police closed the border through Berlin on August 13, 1961, and the"
            + " barbed wire of the first night soon became a concrete wall around West Berlin.",
        "The Berlin Wall was opened on November 9, 1989, after a confused announcement by the East"
            + " German spokesman Günter Schabowski sent crowds to the checkpoints that night.");
    article(
        articles,
        "sputnik.md",
        "Sputnik",
        "2022-10-04",
        "The Soviet Union launched Sputnik 1, the first artificial satellite, on October 4, 1957,"
            + " and its radio beeps were heard around the world, alarming the United States.",
        "A month later, on November 3, 1957, Sputnik 2 carried the dog Laika into orbit, the first"
            + " animal to circle the Earth, though she did not survive the flight.");
    articleWithEvents(
        articles,
        "airlift.md",
        "The Berlin Blockade and Airlift",
        "2023-06-24",
        """
        events:
          - date: 1948-06-24
            what: The Soviet Union cuts the land routes to West Berlin
          - date: 1948-06-26
            what: The first airlift flights land at Tempelhof
          - date: 1949-05-12
            what: The Soviet Union lifts the blockade
          - date: 1949-09-30
            what: The last airlift flight lands in Berlin
        """,
        "The Berlin blockade lasted from June 24, 1948, to May 12, 1949. Soviet forces cut the"
            + " road, rail and canal routes to the western sectors of the city.",
        "The airlift began on June 26, 1948, when American transport planes landed at Tempelhof"
            + " with food and coal for the city, and British crews soon joined them.",
        "The airlift ended on September 30, 1949, when the last flight landed, months after the"
            + " Soviet Union lifted the blockade.");
    article(
        articles,
        "warning.md",
        "A Warning Notice",
        "2022-01-01",
        "A notice posted in 1983 told @everyone in the office to report to the shelter, and the"
            + " drill was repeated every month that year until the alarm was finally replaced.");
    return articles;
  }

  /** Writes the test articles and indexes them into {@code dir}/index. */
  public static IndexLocation index(Path dir) throws IOException {
    Path articles = write(dir);
    IndexLocation location = new IndexLocation(dir.resolve("index"));
    indexer().index(List.of(articles), location, CorpusReader.Progress.NONE);
    return location;
  }

  /** The test articles' index under {@code dir}, opened, and an answer service over it. */
  public record Answering(PassageIndex index, AnswerService answers) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  /** Writes and indexes the test articles into {@code dir} and opens them for answers. */
  public static Answering answering(Path dir) throws IOException {
    PassageIndex index = PassageIndex.open(index(dir), Synonyms.bundled());
    return new Answering(index, new AnswerService(IndexAccess.fixed(index)));
  }

  public static CorpusIndexer indexer() {
    return new CorpusIndexer(
        new CorpusReader(ArticleFormats.standard()),
        new PassageBuilder(DateExtractor.forArticles()),
        new PassageIndexWriter(CLOCK));
  }

  private static void article(
      Path dir, String name, String title, String published, String... paragraphs)
      throws IOException {
    articleWithEvents(dir, name, title, published, "", paragraphs);
  }

  /** An article whose front matter lists its key events ({@code events:} YAML, or empty). */
  private static void articleWithEvents(
      Path dir, String name, String title, String published, String events, String... paragraphs)
      throws IOException {
    String body = String.join("\n\n", paragraphs);
    Files.writeString(
        dir.resolve(name),
        "---\ntitle: "
            + title
            + "\npublished: "
            + published
            + "\nsource: Test desk\nlicence: Apache-2.0\nurl: https://example.org/"
            + name
            + "\n"
            + events
            + "---\n\n"
            + body
            + "\n");
  }
}
