package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.corpus.CorpusReader;
import dev.hotline.index.IndexLocation;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.TestCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as a newcomer tries it, wired as {@code hotline console} runs: a question, the next
 * answer, a day, every command its help lists, and an index rebuilt while it runs.
 */
class ConsoleCommandTest {
  @TempDir Path dir;

  private final ConsoleCommand command = new ConsoleCommand(new Hotline(TestCorpus.CLOCK));

  @Test
  void answersQuestionsAndCommandsLineByLine() throws Exception {
    String text =
        chat(
            TestCorpus.index(dir),
            "/another",
            "when did the border war happen?",
            "/another",
            "/onthisday 10-22",
            "/nonsense",
            "/quit",
            "never read");

    assertThat(text)
        .contains("Ask a question first")
        .contains("1969")
        .contains("Source: The Sino-Soviet Split")
        .contains("Answer 2 of")
        .contains("On this day: October 22\n• October 22, 1962")
        .contains("Unknown command. Type /help for the list.")
        .doesNotContain("never read");
  }

  @Test
  void helpAnotherAndQuitWorkWithoutTheirSlashToo() throws Exception {
    String text =
        chat(
            TestCorpus.index(dir),
            "help",
            "when did the border war happen?",
            "another",
            "quit",
            "x");

    assertThat(text).contains("Hotline commands").contains("Answer 2 of");
    assertThat(text.split("Source:", -1)).as("two answers, no more").hasSize(3);
  }

  @Test
  void everyCommandHelpListsIsTakenAsListedAndNoneIsTakenForAQuestion() throws Exception {
    IndexLocation index = TestCorpus.index(dir);
    List<String> listed =
        chat(index, "/help")
            .lines()
            .filter(line -> line.startsWith("  /"))
            .map(line -> line.strip().split("[ —]", 2)[0])
            .toList();
    assertThat(listed)
        .contains(
            "/ask",
            "/onthisday",
            "/about",
            "/help",
            "/settings",
            "/settings-cooldown",
            "/daily-on",
            "/daily-off",
            "/daily-status",
            "/another",
            "/quit");

    for (String typed : listed) {
      String reply = chat(index, "when was sputnik launched?", typed);
      assertThat(reply).as(typed).doesNotContain("Unknown command");
      if (!typed.equals("/ask") && !typed.equals("/another")) {
        assertThat(reply.split("Source:", -1)).as("%s is not a question", typed).hasSize(2);
      }
    }
  }

  @Test
  void dailyPostsAreTurnedOnShownAndOffAsOnDiscord() throws Exception {
    String text =
        chat(
            TestCorpus.index(dir),
            "/daily-on 09:00 Europe/Berlin",
            "/daily status",
            "/daily off",
            "/daily-status",
            "/daily");

    assertThat(text)
        .contains("Daily posts on\n  Posts: every day at 09:00 Europe/Berlin")
        .contains("Daily posts off\n  No more daily posts here.")
        .contains("Posts: off (they were at 09:00 Europe/Berlin)")
        .contains("How to use it\n  /daily-on [HH:mm] [time zone]");
  }

  /** The round the issue asks to see: /quiz, answer 2, right or wrong with the source. */
  @Test
  void aQuizIsAnsweredByTypingANumberAndSaysRightOrWrongWithTheSource() throws Exception {
    Path articles = dir.resolve("bundled");
    Files.createDirectories(articles);
    for (String article : List.of("berlin-wall-1961.md", "berlin-airlift.md", "warsaw-pact.md")) {
      Files.copy(
          BundledIndex.corpus().resolve("articles/europe").resolve(article),
          articles.resolve(article));
    }
    IndexLocation index = new IndexLocation(dir.resolve("index"));
    TestCorpus.indexer().index(List.of(articles), index, CorpusReader.Progress.NONE);

    String text =
        chat(index, "/quiz berlin", "2", "2", "/leaderboard", "/study", "1", "/study stop");

    String round = text.substring(text.indexOf("Quiz: "), text.indexOf("Leaderboard"));
    assertThat(round)
        .contains("  1) ")
        .contains("  4) ")
        .contains("Type the number of your answer (1-4).")
        .containsPattern(
            "(Right! The answer is 2\\)|Wrong — the answer is [134]\\) .*; you said 2\\))")
        .contains("  Source: ")
        .contains("— Hotline, published 2026-11-27");
    assertThat(round.split("Type the number", -1))
        .as("the second 2 is a question: the quiz was over")
        .hasSize(2);
    assertThat(text).containsPattern("Leaderboard\n  1\\. you — [01] right of 1");
    assertThat(text).contains("Practice: ").contains("Practice stopped\n  This session: ");
  }

  @Test
  void anIndexRebuiltWhileTheConsoleRunsIsUsedForTheNextQuestion() throws Exception {
    IndexLocation index = TestCorpus.index(dir);
    Path articles = dir.resolve("articles");
    String question = "when did the hotline between washington and moscow open?";

    String text =
        chat(
            index,
            List.<Line>of(
                () -> question,
                () -> {
                  Files.writeString(
                      articles.resolve("hotline.md"),
                      "---\ntitle: The Hotline\npublished: 2023-08-30\nsource: Test desk\n"
                          + "licence: Apache-2.0\n---\n\nThe hotline between Washington and Moscow"
                          + " opened on August 30, 1963, a teletype link agreed after the Cuban"
                          + " Missile Crisis.\n");
                  TestCorpus.indexer().index(List.of(articles), index, CorpusReader.Progress.NONE);
                  return question;
                }));

    assertThat(text).contains("(Answering from the rebuilt index from now on.)");
    String afterRebuild = text.substring(text.indexOf("(Answering from the rebuilt index"));
    assertThat(afterRebuild).contains("August 30, 1963").contains("Source: The Hotline");
    assertThat(text.substring(0, text.indexOf("(Answering from the rebuilt index")))
        .doesNotContain("August 30, 1963");
  }

  /** A line typed once the one before it has been answered; it may change the world first. */
  private interface Line {
    String type() throws IOException;
  }

  private String chat(IndexLocation index, String... lines) throws IOException {
    List<Line> typed = new ArrayList<>();
    for (String line : lines) {
      typed.add(() -> line);
    }
    return chat(index, typed);
  }

  private String chat(IndexLocation index, List<Line> lines) throws IOException {
    Iterator<Line> next = lines.iterator();
    BufferedReader in =
        new BufferedReader(new StringReader("")) {
          @Override
          public String readLine() throws IOException {
            if (!next.hasNext()) {
              return null;
            }
            return next.next().type();
          }
        };
    StringWriter out = new StringWriter();
    command.chat(index, in, new PrintWriter(out, true), false);
    return out.toString();
  }
}
