package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotline.cli.HotlineCommand;
import dev.hotline.testing.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them: exit codes, output shapes and messages. */
class CommandLineTest {
  @TempDir Path dir;
  private Path index;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void corpus() throws Exception {
    TestCorpus.write(dir);
    Files.writeString(dir.resolve("articles/broken.md"), "no front matter here\n");
    index = dir.resolve("index");
  }

  private int run(String... args) {
    Hotline hotline = new Hotline(TestCorpus.CLOCK);
    CommandLine line = HotlineCommand.commandLine(hotline, hotline.clock());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void indexReportsWhatItReadAndNamesTheBrokenFile() {
    assertThat(
            run(
                "index",
                "--corpus",
                dir.resolve("articles").toString(),
                "--index",
                index.toString()))
        .isZero();
    assertThat(out.toString())
        .contains("Indexed 6 articles as 12 passages and ")
        .contains("skipped: 1");
    assertThat(err.toString()).contains("broken.md:1:").contains("front-matter");
  }

  @Test
  void oneArticleIsSingularAndAFileInAnotherEncodingIsNamedAsNotUtf8() throws Exception {
    Path corpus = dir.resolve("small");
    Files.createDirectories(corpus);
    Files.copy(dir.resolve("articles/wall.md"), corpus.resolve("wall.md"));
    byte[] latin1 =
        "March 3, 2020\nCafé talk\n\nThe café closed on May 1, 1960.\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(corpus.resolve("cafe.txt"), latin1);
    Files.write(
        corpus.resolve("cafe.xml"),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><TEI><text><body><div type=\"section\">"
                + "<p>The café closed.</p></div></body></text></TEI>")
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run("index", "--corpus", corpus.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString()).startsWith("Indexed 1 article as 2 passages and ");
    assertThat(err.toString())
        .contains("cafe.txt: not UTF-8 text; save it as UTF-8 and index again")
        .contains("cafe.xml:1: not UTF-8 text")
        .doesNotContain("Input length");
  }

  @Test
  void askPrintsTheDatedAnswerAndItsSource() {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);
    assertThat(run("ask", "--index", index.toString(), "when did the border war happen?")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).as("one date line, said once").contains("1969").doesNotContain("(");
    assertThat(lines[1]).startsWith("  ");
    assertThat(lines[2])
        .startsWith("  Source: The Sino-Soviet Split — Test desk, published 2021-03-02");
  }

  @Test
  void askJsonHasTheBatchShape() throws Exception {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);
    assertThat(run("ask", "--index", index.toString(), "--json", "when did laika go into orbit"))
        .isZero();
    JsonNode answer = new ObjectMapper().readTree(out.toString()).path("answers").get(0);
    assertThat(answer.path("date").path("iso").asText()).isEqualTo("1957-11-03");
    assertThat(answer.path("date").path("granularity").asText()).isEqualTo("day");
    assertThat(answer.path("date").path("text").asText()).isEqualTo("November 3, 1957");
    for (String field :
        new String[] {"passage", "sentence", "published", "title", "source", "url", "score"}) {
      assertThat(answer.has(field)).as(field).isTrue();
    }
  }

  @Test
  void askJsonNamesTheEventAndBothEndsOfWhatLasted() throws Exception {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "ask",
                "--index",
                index.toString(),
                "--json",
                "how long did the berlin blockade last"))
        .isZero();
    JsonNode answer = new ObjectMapper().readTree(out.toString()).path("answers").get(0);
    assertThat(answer.path("date").path("iso").asText()).isEqualTo("1948-06-24");
    assertThat(answer.path("event").path("description").asText())
        .isEqualTo("The Soviet Union cuts the land routes to West Berlin");
    assertThat(answer.path("event").path("end").path("iso").asText()).isEqualTo("1949-05-12");
  }

  @Test
  void evalScoresOnePartOfASplit() throws Exception {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    Path questions = dir.resolve("questions.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append(
          "{\"id\": \"q"
              + i
              + "\", \"question\": \"when did laika go into orbit\","
              + " \"answer_date\": \"1957-11-03\", \"keywords\": [\"laika\"],"
              + " \"source\": \"general\", \"type\": \"when\"}\n");
    }
    Files.writeString(questions, lines);
    out.getBuffer().setLength(0);
    assertThat(run("eval", "--index", index.toString(), "--split", "1/2", questions.toString()))
        .isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("eval", "--index", index.toString(), "--split", "2/2", questions.toString()))
        .isZero();
    int n1 = Integer.parseInt(first.replaceAll("(?s).*?overall\\s+n=(\\d+).*", "$1"));
    int n2 = Integer.parseInt(out.toString().replaceAll("(?s).*?overall\\s+n=(\\d+).*", "$1"));
    assertThat(n1 + n2).isEqualTo(20);
    assertThat(n1).isPositive();
    assertThat(n2).isPositive();
    assertThat(run("eval", "--index", index.toString(), "--split", "3/2", questions.toString()))
        .isNotZero();
  }

  @Test
  void askBatchWritesOneLinePerQuestion() throws Exception {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);
    Path batch = dir.resolve("questions.jsonl");
    Files.writeString(
        batch,
        """
        {"id": "a", "question": "when did the berlin wall open"}
        not json
        {"id": "b", "question": "who won the football world cup on penalties"}
        """);
    assertThat(run("ask", "--index", index.toString(), "--batch", batch.toString(), "--json"))
        .isEqualTo(1);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(lines[0]).path("id").asText()).isEqualTo("a");
    assertThat(json.readTree(lines[1]).path("answers").size()).isZero();
    assertThat(err.toString()).contains("questions.jsonl:2: not valid JSON");
  }

  @Test
  void onThisDayWithAndWithoutJson() throws Exception {
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);
    assertThat(run("on-this-day", "--index", index.toString(), "--date", "11-10")).isZero();
    assertThat(out.toString())
        .startsWith("Nearest day with events: November 9\nNothing on November 10 in my articles.")
        .contains("1989");
    out.getBuffer().setLength(0);
    assertThat(run("on-this-day", "--index", index.toString(), "--date", "10-16", "--json"))
        .isZero();
    JsonNode day = new ObjectMapper().readTree(out.toString());
    assertThat(day.path("day").asText()).isEqualTo("10-16");
    assertThat(day.path("found").asText()).isEqualTo("10-16");
    assertThat(day.has("notice")).isFalse();
    JsonNode answer = day.path("answers").get(0);
    assertThat(answer.path("date").path("iso").asText()).isEqualTo("1962-10-16");
    assertThat(answer.fieldNames())
        .toIterable()
        .as("each answer as ask --json writes it")
        .containsAll(List.of("passage", "sentence", "date", "published", "title", "source", "url"));
    assertThat(run("on-this-day", "--index", index.toString(), "--date", "banana")).isEqualTo(2);
    assertThat(err.toString()).contains("MM-DD");
  }

  @Test
  void theLeapDayIsNotSaidToHaveNoEventsBeforeTheNearestDayIsShown() throws Exception {
    Files.writeString(
        dir.resolve("articles/treaty.md"),
        "---\ntitle: A Treaty\npublished: 2021-01-01\nsource: Test desk\nlicence: Apache-2.0\n"
            + "---\n\nThe treaty was signed on February 28, 1975, after long talks.\n");
    run("index", "--corpus", dir.resolve("articles").toString(), "--index", index.toString());
    out.getBuffer().setLength(0);

    assertThat(run("on-this-day", "--index", index.toString(), "--date", "02-29")).isZero();
    assertThat(out.toString())
        .startsWith("Nearest day with events: February 28\nFebruary 29 comes only in leap years.\n")
        .contains("February 28, 1975")
        .doesNotContain("Nothing on");

    out.getBuffer().setLength(0);
    assertThat(run("on-this-day", "--index", index.toString(), "--date", "02-29", "--json"))
        .isZero();
    JsonNode day = new ObjectMapper().readTree(out.toString());
    assertThat(day.path("day").asText()).isEqualTo("02-29");
    assertThat(day.path("found").asText()).isEqualTo("02-28");
    assertThat(day.path("notice").asText()).isEqualTo("February 29 comes only in leap years.");
  }

  @Test
  void aMissingIndexGivesOneClearLineNotAStackTrace() {
    assertThat(run("ask", "--index", dir.resolve("none").toString(), "anything")).isEqualTo(3);
    assertThat(err.toString())
        .startsWith("hotline: No index at")
        .contains("./hotline index --index")
        .doesNotContain("Exception");
  }

  @Test
  void noQuestionIsAUsageError() {
    assertThat(run("ask")).isEqualTo(2);
    assertThat(err.toString()).contains("Give a question");
  }
}
