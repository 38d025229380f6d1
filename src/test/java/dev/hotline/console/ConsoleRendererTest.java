package dev.hotline.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import dev.hotline.cli.TerminalStyle;
import dev.hotline.daily.PostOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answer cards in the terminal: one date line, the passage once with its answer, the source. */
class ConsoleRendererTest {
  private static final String SENTENCE = "Troops closed the border on August 13, 1961.";
  private static final String PASSAGE = "Tension grew. " + SENTENCE + " Crowds gathered.";

  @Test
  void aCardWithAnEventSaysTheDateOnceThenWhatHappened() {
    AnswerCard card =
        card(
            new AnswerCard.CardDate(
                "1961-08-13",
                "August 13, 1961",
                Optional.of("East German forces seal the sector border in Berlin")));

    List<String> lines =
        new ConsoleRenderer(TerminalStyle.PLAIN).render(new ChatReply.AnswerReply(card, false));

    assertThat(lines)
        .containsExactly(
            "August 13, 1961 — East German forces seal the sector border in Berlin",
            "  " + PASSAGE,
            "  Source: Berlin 1961 — Test desk, published 2026-11-27 https://example.org/b",
            "  Answer 1 of 2 — type /another for the next.");
  }

  @Test
  void withoutAnEventTheDateLineIsTheDateAloneAndABoldTerminalSetsTheAnswerOff() {
    AnswerCard card = card(new AnswerCard.CardDate("1961-08-13", "August 13, 1961"));

    List<String> lines =
        new ConsoleRenderer(TerminalStyle.BOLD).render(new ChatReply.AnswerReply(card, false));

    assertThat(lines.get(0)).isEqualTo("August 13, 1961");
    assertThat(lines.get(1))
        .isEqualTo("  Tension grew. \u001b[1m" + SENTENCE + "\u001b[0m Crowds gathered.");
    assertThat(String.join("\n", lines)).doesNotContain("1961-08-13");
  }

  @Test
  void aDailyPostIsPrintedWithItsHeading() {
    StringWriter out = new StringWriter();
    DayCard card =
        new DayCard(
            MonthDay.of(2, 29),
            MonthDay.of(2, 28),
            false,
            List.of(
                new DayCard.DayEvent(
                    "1972-02-28",
                    "February 28, 1972",
                    "Nixon left China.",
                    "Rapprochement",
                    "Hotline",
                    null)));

    PostOutcome outcome =
        ConsoleChat.poster(new PrintWriter(out), TerminalStyle.PLAIN)
            .post(ConsoleChat.HERE, card, "1-20260229");

    assertThat(outcome).isInstanceOf(PostOutcome.Sent.class);
    assertThat(out.toString())
        .contains(
            "Daily post:\nNearest day with events: February 28\n"
                + "  February 29 comes only in leap years.\n"
                + "• February 28, 1972 — Nixon left China.");
  }

  private static AnswerCard card(AnswerCard.CardDate date) {
    return new AnswerCard(
        "when was the border closed?",
        SENTENCE,
        PASSAGE,
        Optional.of(date),
        "Berlin 1961",
        "Test desk",
        LocalDate.of(2026, 11, 27),
        "https://example.org/b",
        1,
        2,
        "tok",
        List.of());
  }
}
