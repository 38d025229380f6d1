package dev.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.QuizCard;
import dev.hotline.discord.DiscordMessage;
import dev.hotline.discord.DiscordRenderer;
import dev.hotline.telegram.render.TelegramRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;

/**
 * docs/study.md shows a Telegram and a Discord quiz as Hotline sends them: rendered here by the
 * adapters' own renderers, the blocks must appear in the document exactly as this test makes them.
 * When a renderer changes, the failure prints the block to paste.
 */
class StudyDocTest {
  private static final Path DOC = Path.of("docs/study.md");

  /** A quiz the generator makes from the bundled article on the Berlin Wall. */
  static final QuizCard OPEN =
      new QuizCard(
          42,
          "Quiz",
          "In which year did this happen? East German forces seal the sector border in Berlin.",
          List.of("1958", "1960", "1961", "1963"),
          2,
          "August 13, 1961 — The Berlin Crisis and the Building of the Berlin Wall, 1958-1963",
          "August 13, 1961",
          new QuizCard.Source(
              "The Berlin Crisis and the Building of the Berlin Wall, 1958-1963",
              "Hotline",
              null,
              LocalDate.of(2026, 11, 27)),
          30,
          Instant.parse("2026-11-27T09:00:30Z"),
          Optional.empty());

  /** The same quiz once its time is up: five members answered, three of them right. */
  static final QuizCard REVEALED = OPEN.revealedAs(new QuizCard.Outcome(5, 3, OptionalInt.empty()));

  @Test
  void theTelegramQuizPollIsShownAsHotlineSendsIt() throws IOException {
    SendPoll poll = new TelegramRenderer().quizPoll(OPEN, -1001961081300L, null);
    assertDocumentHas(
        fenced(
            "json", new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(poll)),
        fenced("text", telegramSketch(poll)));
  }

  @Test
  void theDiscordQuizIsShownAsHotlineSendsItAndAsItIsEditedToTheAnswer() throws IOException {
    DiscordRenderer renderer = new DiscordRenderer();
    DiscordMessage open = renderer.render(new ChatReply.QuizReply(OPEN), null, false);
    DiscordMessage revealed = renderer.render(new ChatReply.QuizReply(REVEALED), null, false);
    assertDocumentHas(
        fenced("json", open.toCreateData().toData().toPrettyString()),
        fenced("text", discordSketch(open)),
        fenced("text", discordSketch(revealed)));
  }

  /** The poll as Telegram lays it out: the question, the options, and the explanation's bulb. */
  private static String telegramSketch(SendPoll poll) {
    List<String> lines = new ArrayList<>();
    lines.add(poll.getQuestion());
    lines.add("Quiz · closes in " + poll.getOpenPeriod() + " s");
    poll.getOptions().forEach(option -> lines.add("  ○ " + option.getText()));
    lines.add("After a wrong answer: 💡 " + poll.getExplanation());
    return String.join("\n", lines);
  }

  /** The embed as Discord lays it out, its markdown applied, with the buttons below. */
  private static String discordSketch(DiscordMessage message) {
    var embed = message.embeds().getFirst();
    List<String> lines = new ArrayList<>();
    lines.add("▌ " + embed.getTitle());
    for (String line : embed.getDescription().split("\n", -1)) {
      lines.add(("▌ " + shown(line)).stripTrailing());
    }
    embed.getFields().forEach(field -> lines.add("▌ " + field.getName() + ": " + field.getValue()));
    List<String> buttons = new ArrayList<>();
    message.buttons().forEach(button -> buttons.add("[ " + button.getLabel() + " ]"));
    if (!buttons.isEmpty()) {
      lines.add(String.join(" ", buttons));
    }
    return String.join("\n", lines);
  }

  /** Markdown as Discord shows it: bold marks dropped, a relative timestamp read out. */
  private static String shown(String line) {
    return line.replace("**", "").replaceAll("<t:\\d+:R>", "in 30 seconds").stripTrailing();
  }

  private static String fenced(String language, String block) {
    return "```" + language + "\n" + block + "\n```";
  }

  private static void assertDocumentHas(String... blocks) throws IOException {
    String document = Files.readString(DOC);
    List<String> missing = new ArrayList<>();
    for (String block : blocks) {
      if (!document.contains(block)) {
        missing.add(block);
      }
    }
    assertThat(missing)
        .as("docs/study.md should hold these blocks:%n%s%n", String.join("\n\n", missing))
        .isEmpty();
  }
}
