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

class OtherFormatsTest {
  private final List<CorpusProblem> problems = new ArrayList<>();

  @TempDir Path dir;

  @Test
  void markdownFrontMatterAndBody() throws Exception {
    Path file =
        write(
            "a.md",
            """
            ---
            title: The Airlift
            published: 2026-11-27
            source: Hotline
            licence: Apache-2.0
            events:
              - date: 1948-06-26
                what: first flights
            ---

            # A heading that is not body text

            The **airlift** began on June 26, 1948, see [the notes](https://example.org).

            - A list item
            """);
    Article article = new MarkdownArticleReader().read(file, "a.md", problems::add).get(0);
    assertThat(article.title()).isEqualTo("The Airlift");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(article.licence()).isEqualTo("Apache-2.0");
    assertThat(article.declaredDates()).containsExactly("1948-06-26");
    assertThat(article.paragraphs())
        .containsExactly("The airlift began on June 26, 1948, see the notes.", "A list item");
  }

  @Test
  void markdownWithBrokenYamlNamesTheLine() throws Exception {
    Path file = write("b.md", "---\ntitle: ok\nevents: [unclosed\n---\nBody.\n");
    assertThatThrownBy(() -> new MarkdownArticleReader().read(file, "b.md", problems::add))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("YAML");
  }

  @Test
  void markdownWithoutFrontMatterIsRefused() throws Exception {
    Path file = write("c.md", "Just text.\n");
    assertThatThrownBy(() -> new MarkdownArticleReader().read(file, "c.md", problems::add))
        .hasMessageContaining("front-matter");
  }

  @Test
  void teiSectionsBecomeArticlesWithoutFiguresOrNotes() throws Exception {
    Path file =
        write(
            "1961-1968.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title type="complete">Milestones: 1961–1968</title></titleStmt>
              <sourceDesc><p>Office of the Historian</p></sourceDesc></fileDesc>
              <revisionDesc><listChange><change when="2013-10-31" target="#wall"/></listChange></revisionDesc></teiHeader>
              <text><body>
                <div type="section" xml:id="wall">
                  <head>The Wall, <date when="1961">1961</date></head>
                  <p>On <date when="1961-08-13">August 13, 1961</date>, <persName>Walter
                     Ulbricht</persName>'s police closed the border<note>A footnote.</note>.</p>
                  <figure><graphic url="x.jpg"/><head>A caption</head></figure>
                  <p>Second <hi rend="italic">paragraph</hi>.</p>
                </div>
              </body></text>
            </TEI>
            """);
    List<Article> articles = new TeiArticleReader().read(file, "m/1961-1968.xml", problems::add);
    assertThat(articles).hasSize(1);
    Article wall = articles.get(0);
    assertThat(wall.id()).isEqualTo("m/1961-1968.xml#wall");
    assertThat(wall.title()).isEqualTo("The Wall, 1961");
    assertThat(wall.paragraphs())
        .containsExactly(
            "On August 13, 1961, Walter Ulbricht's police closed the border.", "Second paragraph.");
    assertThat(wall.url()).isEqualTo("https://history.state.gov/milestones/1961-1968/wall");
    assertThat(wall.published()).isEqualTo(LocalDate.of(2013, 10, 31));
  }

  @Test
  void malformedXmlNamesItsLine() throws Exception {
    Path file = write("bad.xml", "<TEI>\n<text>\n<p>unclosed\n</TEI>\n");
    assertThatThrownBy(() -> new TeiArticleReader().read(file, "bad.xml", problems::add))
        .isInstanceOf(ArticleFormatException.class)
        .satisfies(e -> assertThat(((ArticleFormatException) e).line()).isGreaterThan(0));
  }

  @Test
  void xmlWithADoctypeIsRefusedRatherThanResolved() throws Exception {
    Path file =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]><TEI>&e;</TEI>");
    assertThatThrownBy(() -> new TeiArticleReader().read(file, "xxe.xml", problems::add))
        .isInstanceOf(ArticleFormatException.class);
  }

  @Test
  void readsEveryMilestonesChapter() throws Exception {
    Path chapters = SharedMaterial.milestones();
    int articles = 0;
    try (var files = Files.list(chapters)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        List<Article> read =
            new TeiArticleReader().read(file, file.getFileName().toString(), problems::add);
        assertThat(read)
            .allSatisfy(
                a -> {
                  assertThat(a.title()).isNotBlank();
                  assertThat(a.paragraphs())
                      .isNotEmpty()
                      .noneMatch(p -> p.contains("<") || p.contains("  "));
                });
        articles += read.size();
      }
    }
    assertThat(articles).isGreaterThan(190);
  }

  @Test
  void htmlTitleDateAndMainText() throws Exception {
    Path file =
        write(
            "p.html",
            """
            <html><head><title>Site | Page</title>
            <meta property="og:title" content="The Kitchen Debate">
            <meta property="article:published_time" content="2019-07-24T08:00:00Z">
            <link rel="canonical" href="https://example.org/kitchen"></head>
            <body><nav><p>Home | About</p></nav>
            <article><p>Nixon and Khrushchev argued in a model kitchen.</p>
            <figure><figcaption>A photo</figcaption><p>Photo: an agency</p></figure>
            <p>It was July 24, 1959.</p></article>
            <footer><p>Copyright</p></footer></body></html>
            """);
    Article article = new HtmlArticleReader().read(file, "p.html", problems::add).get(0);
    assertThat(article.title()).isEqualTo("The Kitchen Debate");
    assertThat(article.published()).isEqualTo(LocalDate.of(2019, 7, 24));
    assertThat(article.url()).isEqualTo("https://example.org/kitchen");
    assertThat(article.paragraphs())
        .containsExactly(
            "Nixon and Khrushchev argued in a model kitchen. A photo", "It was July 24, 1959.");
  }

  @Test
  void jsonLinesReportsABadLineAndKeepsTheRest() throws Exception {
    Path file =
        write(
            "a.jsonl",
            """
            {"title": "One", "published": "1991-12-25", "url": "https://example.org/1", "text": "First.\\n\\nSecond."}
            {"title": broken
            {"title": "", "text": "no title"}
            {"title": "Three", "text": "Third."}
            """);
    List<Article> articles = new JsonLinesArticleReader().read(file, "a.jsonl", problems::add);
    assertThat(articles).extracting(Article::title).containsExactly("One", "Three");
    assertThat(articles.get(0).paragraphs()).containsExactly("First.", "Second.");
    assertThat(articles.get(0).id()).isEqualTo("a.jsonl#1");
    assertThat(problems).extracting(CorpusProblem::line).containsExactly(2, 3);
  }

  @Test
  void corpusReaderSkipsBrokenFilesAndReadsTheRest() throws Exception {
    Files.createDirectories(dir.resolve("corpus/.hidden"));
    write("corpus/good.md", "---\ntitle: Good\n---\nA body.\n");
    write("corpus/bad.md", "no front matter\n");
    write("corpus/README.md", "# About this folder\n");
    write("corpus/.hidden/x.md", "---\ntitle: Hidden\n---\nHidden body.\n");
    write("corpus/notes.bin", "ignored");
    Corpus corpus =
        new CorpusReader(ArticleFormats.standard())
            .read(List.of(dir.resolve("corpus")), CorpusReader.Progress.NONE);
    assertThat(corpus.articles()).extracting(Article::title).containsExactly("Good");
    assertThat(corpus.articles().get(0).id()).isEqualTo("corpus/good.md");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("bad.md:1:"));
    assertThat(corpus.filesSkipped()).isEqualTo(1);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
