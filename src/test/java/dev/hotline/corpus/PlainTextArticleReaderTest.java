package dev.hotline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotline.testing.SharedMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextArticleReaderTest {
  private final PlainTextArticleReader reader = new PlainTextArticleReader();
  private final List<CorpusProblem> problems = new ArrayList<>();

  @TempDir Path dir;

  @Test
  void readsDateTitleAndBodyDropsRepeatedTitleAndBoilerplateAndKeepsCaptions() throws Exception {
    Path file =
        write(
            """
            March 3, 2020

            A Winter in Berlin

            A Winter in Berlin

            The first paragraph tells of the airlift and the crews who flew it.

            A caption without a full stop

            The second paragraph ends the story, as stories end.


            Image credit: a photo agency

            About Us

            We are a small magazine.

            Our Contacts
            PO Box 1
            """);
    Article article = reader.read(file, "berlin.txt", problems::add).get(0);
    assertThat(article.published()).isEqualTo(LocalDate.of(2020, 3, 3));
    assertThat(article.title()).isEqualTo("A Winter in Berlin");
    assertThat(article.paragraphs())
        .containsExactly(
            "The first paragraph tells of the airlift and the crews who flew it. A caption without"
                + " a full stop",
            "The second paragraph ends the story, as stories end.");
    assertThat(article.source()).as("the About text names no site").isEmpty();
  }

  @Test
  void theSiteNamedInTheAboutTextIsTheSource() throws Exception {
    Path file =
        write(
            """
            March 3, 2020

            A Winter in Berlin

            The only paragraph tells of the airlift.

            About Us
            Harbour Weekly is a magazine for readers of the coast.
            """);
    assertThat(reader.read(file, "berlin.txt", problems::add).get(0).source())
        .isEqualTo("Harbour Weekly");
  }

  @Test
  void aSentenceOfTheArticleIntroducingSomeoneIsNoSite() throws Exception {
    Path file =
        write(
            """
            March 3, 2020

            A Winter in Berlin

            Gail Halvorsen is a pilot who dropped sweets over the city.
            """);
    assertThat(reader.read(file, "berlin.txt", problems::add).get(0).source()).isEmpty();
  }

  @Test
  void aCaptionAboveTheFirstParagraphStandsAlone() throws Exception {
    Path file =
        write(
            """
            March 3, 2020

            A Winter in Berlin

            Pilots unloading coal at Tempelhof

            The first paragraph tells of the airlift.
            """);
    assertThat(reader.read(file, "berlin.txt", problems::add).get(0).paragraphs())
        .containsExactly(
            "Pilots unloading coal at Tempelhof", "The first paragraph tells of the airlift.");
  }

  @Test
  void aFirstLineThatIsNoDateIsReportedWithItsLine() throws Exception {
    Path file = write("\nNot a date at all\nTitle\n\nBody text.\n");
    assertThatThrownBy(() -> reader.read(file, "x.txt", problems::add))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("publication date")
        .satisfies(e -> assertThat(((ArticleFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void anEmptyFileIsReported() throws Exception {
    assertThatThrownBy(() -> reader.read(write(""), "x.txt", problems::add))
        .hasMessageContaining("empty");
  }

  @Test
  void readsTheSeedArticleFaithfully() throws Exception {
    Article seed = reader.read(SharedMaterial.seed(), "seed.txt", problems::add).get(0);
    assertThat(seed.published()).isEqualTo(LocalDate.of(2015, 2, 14));
    assertThat(seed.title()).isEqualTo("The Sino-Soviet Love-Hate Relationship");
    assertThat(seed.paragraphs()).hasSize(9);
    assertThat(seed.paragraphs().get(0)).startsWith("In the spirit of Valentine");
    assertThat(seed.paragraphs().get(8)).startsWith("Postscript:");
    assertThat(seed.paragraphs().get(5))
        .startsWith("And criticize they did.")
        .endsWith("Mao and Khruschev pretending to be best buds - while hating each other's guts");
    assertThat(seed.source()).isEqualTo("Russian Life");
    assertThat(String.join(" ", seed.paragraphs()))
        .doesNotContain("Image credit", "About Us", "Our Contacts", "PO Box");
  }

  private Path write(String text) throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, text);
    return file;
  }
}
