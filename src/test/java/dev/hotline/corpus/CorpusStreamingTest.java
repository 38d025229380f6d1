package dev.hotline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a corpus an article at a time: what is handed on, what is refused, how far it got. */
class CorpusStreamingTest {
  @TempDir Path dir;

  private final CorpusReader reader = new CorpusReader(ArticleFormats.standard());

  @Test
  void articlesArriveOneAtATimeWithHowFarThroughTheCorpusItIs() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (Writer out = Files.newBufferedWriter(corpus.resolve("a.jsonl"))) {
      for (int i = 1; i <= 3; i++) {
        out.write(
            "{\"title\":\"Article "
                + i
                + "\",\"text\":\"On March 2, 1969, troops clashed on the Ussuri.\"}\n");
      }
    }
    Files.writeString(corpus.resolve("b.txt"), "2021-03-02\nThe Split\n\nThe treaty of 1950.\n");
    List<String> titles = new ArrayList<>();
    List<ReadPosition> positions = new ArrayList<>();

    CorpusTally tally =
        reader.readEach(
            List.of(corpus), positions::add, (article, at) -> titles.add(article.title()));

    assertThat(titles).containsExactly("Article 1", "Article 2", "Article 3", "The Split");
    assertThat(tally.articles()).isEqualTo(4);
    assertThat(tally.filesSeen()).isEqualTo(2);
    long total = Files.size(corpus.resolve("a.jsonl")) + Files.size(corpus.resolve("b.txt"));
    assertThat(tally.bytes()).isEqualTo(total);
    assertThat(positions).extracting(ReadPosition::bytesDone).isSorted();
    assertThat(positions.get(positions.size() - 1).fraction()).isEqualTo(1.0);
  }

  @Test
  void aWholeFileOverTheLimitIsSkippedWithAMessageAndTheRestIsRead() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path huge = corpus.resolve("huge.txt");
    byte[] line = ("A very long day. ".repeat(60) + "\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(huge)) {
      out.write("2021-03-02\nEverything\n\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written <= CorpusReader.MAX_WHOLE_FILE_BYTES; written += line.length) {
        out.write(line);
      }
    }
    Files.writeString(corpus.resolve("small.txt"), "2021-03-02\nSmall\n\nIn 1961.\n");
    List<String> titles = new ArrayList<>();

    CorpusTally tally =
        reader.readEach(
            List.of(corpus), CorpusReader.Progress.NONE, (a, at) -> titles.add(a.title()));

    assertThat(titles).containsExactly("Small");
    assertThat(tally.filesSkipped()).isOne();
    assertThat(tally.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(huge);
              assertThat(p.message())
                  .contains("more than the 16 MB an article file may have")
                  .contains("split it");
            });
  }

  @Test
  void aJsonLinesLineOverTheLimitIsSkippedWithoutBeingHeldAndTheNextLinesAreRead()
      throws IOException {
    Path file = dir.resolve("big.jsonl");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"title\":\"Before\",\"text\":\"In 1962.\"}\n");
      out.write("{\"title\":\"Huge\",\"text\":\"");
      char[] chunk = "x".repeat(1 << 16).toCharArray();
      for (int written = 0;
          written <= JsonLinesArticleReader.MAX_LINE_CHARS;
          written += chunk.length) {
        out.write(chunk);
      }
      out.write("\"}\n");
      out.write("{\"title\":\"After\",\"text\":\"In 1963.\"}\r\n");
    }
    List<String> titles = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();

    new JsonLinesArticleReader()
        .readEach(file, "big.jsonl", problems::add, (a, at) -> titles.add(a.title()));

    assertThat(titles).containsExactly("Before", "After");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("longer than 8 million characters");
            });
  }
}
