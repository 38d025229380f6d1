package dev.hotline.telegram;

import dev.hotline.answer.AnswerService;
import dev.hotline.app.Hotline;
import dev.hotline.cli.Services;
import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A real index over three short articles written here in the bundled Markdown format, so adapter
 * tests answer real questions without the whole bundled corpus.
 */
final class SmallIndex implements AutoCloseable {

  /** The source link of the border war article, which answers "when did the border war happen?". */
  static final String BORDER_WAR_URL =
      "https://example.org/articles/sino-soviet-border-war?lang=en&v=2";

  private final Services.OpenIndex open;

  private SmallIndex(Services.OpenIndex open) {
    this.open = open;
  }

  /** Writes the articles under {@code folder}, indexes them there and opens the index. */
  static SmallIndex buildIn(Path folder, Clock clock) throws IOException {
    Path articles = Files.createDirectories(folder.resolve("articles"));
    write(
        articles.resolve("sino-soviet-border-war.md"),
        """
        ---
        title: The Sino-Soviet Border War
        published: 2026-11-27
        source: Hotline test articles
        url: %s
        licence: Apache-2.0
        events:
          - date: 1969-03-02
            what: Chinese and Soviet border troops clash on Zhenbao Island
          - date: 1969-08-13
            what: Fighting at Tielieketi on the Xinjiang border
          - date: 1969-09-11
            what: Kosygin and Zhou Enlai meet at Beijing airport
        ---

        The Sino-Soviet border war happened in 1969. On March 2, 1969, Chinese and Soviet border troops clashed on Zhenbao Island in the Ussuri River, and dozens of soldiers died on both sides.

        On August 13, 1969, the border war spread west when Soviet troops destroyed a Chinese unit at Tielieketi on the Xinjiang border, and Moscow hinted at a strike on China's nuclear sites.

        On September 11, 1969, Alexei Kosygin and Zhou Enlai met at Beijing airport and agreed to talks, which calmed the border war although the frontier stayed disputed for decades.
        """
            .formatted(BORDER_WAR_URL));
    write(
        articles.resolve("berlin-wall.md"),
        """
        ---
        title: The Berlin Wall <1961> & "after"
        published: 2026-11-27
        source: Hotline test articles
        url: https://example.org/articles/berlin-wall
        licence: Apache-2.0
        events:
          - date: 1961-08-13
            what: East German troops close the sector border in Berlin
          - date: 1989-11-09
            what: The Berlin Wall opens
        ---

        On August 13, 1961, East German troops and police closed the sector border in Berlin and began building the Berlin Wall.

        On November 9, 1989, East Germany opened the Berlin Wall, and crowds crossed the border in both directions.
        """);
    write(
        articles.resolve("sputnik.md"),
        """
        ---
        title: Sputnik
        published: 2026-11-27
        source: Hotline test articles
        licence: Apache-2.0
        events:
          - date: 1957-10-04
            what: The Soviet Union launches Sputnik 1
        ---

        On October 4, 1957, the Soviet Union launched Sputnik 1, the first artificial satellite, and started the space race.
        """);
    Hotline hotline = new Hotline(clock);
    IndexLocation location = new IndexLocation(folder.resolve("index"));
    hotline.index(List.of(articles), location, CorpusReader.Progress.NONE);
    return new SmallIndex(hotline.open(location));
  }

  AnswerService answers() {
    return open.answers();
  }

  @Override
  public void close() throws IOException {
    open.close();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
