package dev.hotline.discord;

import dev.hotline.answer.AnswerService;
import dev.hotline.app.Hotline;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A real index over a few Markdown articles written for the Discord tests, one of them quoting
 * "@everyone".
 */
final class TestLibrary implements AutoCloseable {
  static final String BORDER_WAR_TITLE = "The Sino-Soviet Border War";
  static final String WALL_TITLE = "The Night the Wall Opened";
  static final String BORDER_WAR_QUESTION = "when did the border war happen?";
  static final String WALL_QUESTION = "when did the Berlin Wall open?";

  private static final Map<String, String> ARTICLES =
      Map.of(
          "border-war.md",
              """
              ---
              title: The Sino-Soviet Border War
              published: 2026-11-27
              source: Hotline
              licence: Apache-2.0
              url: https://example.org/sino-soviet-border-war
              ---

              On March 2, 1969, Chinese and Soviet border troops clashed on Zhenbao Island in the Ussuri River, and the border war between the two communist powers began.

              The border war spread west in August 1969, when Soviet forces attacked a Chinese border patrol near Tielieketi in Xinjiang.

              The border war wound down in September 1969, when Premier Zhou Enlai and Premier Alexei Kosygin met at Beijing airport and agreed to talks on the border.
              """,
          "wall-opened.md",
              """
              ---
              title: The Night the Wall Opened
              published: 2026-11-27
              source: Hotline
              licence: Apache-2.0
              url: https://example.org/wall-opened
              ---

              On November 9, 1989, the East German spokesman Günter Schabowski read out a note that told @everyone in East Berlin they could cross the Berlin Wall at once, and the Berlin Wall opened that night.
              """,
          "sputnik.md",
              """
              ---
              title: Sputnik and the Space Race
              published: 2026-11-27
              source: Hotline
              licence: Apache-2.0
              ---

              On October 4, 1957, the Soviet Union launched Sputnik 1, the first artificial satellite, and the space race began.
              """);

  private final Services.OpenIndex open;
  private final Path indexFolder;

  private TestLibrary(Services.OpenIndex open, Path indexFolder) {
    this.open = open;
    this.indexFolder = indexFolder;
  }

  /** Writes the articles under {@code folder}, indexes them there and opens the index. */
  static TestLibrary build(Path folder) {
    try {
      Path articles = Files.createDirectories(folder.resolve("articles"));
      for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
        Files.writeString(articles.resolve(article.getKey()), article.getValue());
      }
      Hotline hotline = new Hotline(Clock.systemUTC());
      IndexLocation location = new IndexLocation(folder.resolve("index"));
      hotline.index(List.of(articles), location, CorpusReader.Progress.NONE);
      return new TestLibrary(hotline.open(location), location.root());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path indexFolder() {
    return indexFolder;
  }

  AnswerService answers() {
    return open.answers();
  }

  @Override
  public void close() throws IOException {
    open.close();
  }
}
