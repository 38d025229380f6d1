package dev.hotline.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.DayCard;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  private static final String ASKER = "1300000000000000002";
  private static final String PASSAGE =
      "Relations had been cold for a decade. On March 2, 1969, Soviet and Chinese "
          + "border troops clashed on Zhenbao Island. Both sides blamed the other.";
  private static final String SENTENCE =
      "On March 2, 1969, Soviet and Chinese border troops clashed on Zhenbao Island.";

  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void answerShowsDateAnswerInBoldSourceAndPosition() {
    DiscordMessage message =
        renderer.render(new ChatReply.AnswerReply(card(PASSAGE, SENTENCE, 1, 3), false), ASKER);

    MessageEmbed embed = message.embeds().getFirst();
    assertEquals("March 2, 1969", embed.getTitle(), "the date once, in words");
    assertEquals(
        "Relations had been cold for a decade. **" + SENTENCE + "** Both sides blamed the other.",
        embed.getDescription());
    assertEquals("Source", embed.getFields().getFirst().getName());
    assertEquals(
        "[The Sino-Soviet Split](https://example.org/split) — Hotline · published 2026-11-27",
        embed.getFields().getFirst().getValue());
    assertEquals(
        "Answer 1 of 3 · Asked: when did the border war happen?", embed.getFooter().getText());
    assertFalse(message.ephemeral());
    assertEquals("", message.content());
  }

  @Test
  void theDateLineNamesTheEventWhenThereIsOne() {
    AnswerCard card =
        withDate(
            card(PASSAGE, SENTENCE, 1, 3),
            new AnswerCard.CardDate(
                "1969-03-02",
                "March 2, 1969",
                Optional.of("Soviet and Chinese troops clash on Zhenbao Island")));

    MessageEmbed embed =
        renderer.render(new ChatReply.AnswerReply(card, false), ASKER).embeds().getFirst();
    String plain =
        renderer.renderPlain(new ChatReply.AnswerReply(card, false), ASKER, false).content();

    assertEquals(
        "March 2, 1969 — Soviet and Chinese troops clash on Zhenbao Island", embed.getTitle());
    assertTrue(
        plain.startsWith(
            "**March 2, 1969 — Soviet and Chinese troops clash on Zhenbao Island**\n"
                + "Relations had been cold for a decade. **"
                + SENTENCE
                + "**"),
        plain);
    assertEquals(1, plain.split(SENTENCE, -1).length - 1, "the answer once: " + plain);
  }

  @Test
  void answerButtonsCarryTheTokenAndTheAsker() {
    DiscordMessage message =
        renderer.render(new ChatReply.AnswerReply(card(PASSAGE, SENTENCE, 1, 3), false), ASKER);

    List<Button> buttons = message.buttons();
    assertEquals(
        List.of(DiscordRenderer.ANOTHER_LABEL, DiscordRenderer.DELETE_LABEL),
        buttons.stream().map(Button::getLabel).toList());
    assertEquals(
        new ButtonIds.Another("tok3n2abcd", ASKER),
        ButtonIds.parse(buttons.get(0).getCustomId()).orElseThrow());
    assertEquals(
        new ButtonIds.Delete(ASKER), ButtonIds.parse(buttons.get(1).getCustomId()).orElseThrow());
    assertEquals(1, message.rows().size());
  }

  @Test
  void privateAnswerIsEphemeralWithoutDelete() {
    DiscordMessage message =
        renderer.render(new ChatReply.AnswerReply(card(PASSAGE, SENTENCE, 2, 3), true), ASKER);

    assertTrue(message.ephemeral());
    assertEquals(
        List.of(DiscordRenderer.ANOTHER_LABEL),
        message.buttons().stream().map(Button::getLabel).toList());
  }

  @Test
  void singleAnswerOffersNoOther() {
    AnswerCard only =
        new AnswerCard(
            "q",
            SENTENCE,
            PASSAGE,
            Optional.empty(),
            "Split",
            "Hotline",
            null,
            null,
            1,
            1,
            "",
            List.of());
    DiscordMessage message = renderer.render(new ChatReply.AnswerReply(only, false), ASKER);

    assertEquals(
        List.of(DiscordRenderer.DELETE_LABEL),
        message.buttons().stream().map(Button::getLabel).toList());
    assertEquals("Split", message.embeds().getFirst().getTitle(), "no date: the article's title");
    assertEquals(
        "Split — Hotline",
        message.embeds().getFirst().getFields().getFirst().getValue(),
        "no link, no date");
  }

  @Test
  void markdownInArticlesShowsAsTyped() {
    String passage =
        "*Operation* _Chrome Dome_ ran `daily` ~~until~~ 1968 ||secret|| [see](https://x.y)"
            + " <@123>.";
    DiscordMessage message =
        renderer.render(
            new ChatReply.AnswerReply(card(passage, "nothing like it", 1, 1), false), ASKER);

    String description = message.embeds().getFirst().getDescription();
    assertTrue(
        description.contains(
            "\\*Operation\\* \\_Chrome Dome\\_ ran \\`daily\\` \\~\\~until\\~\\~ 1968 "
                + "\\|\\|secret\\|\\| \\[see\\](https://x.y) \\<@123>."),
        description);
  }

  @Test
  void longPassageIsCutAtASentenceAndKeepsTheAnswer() {
    String filler = "The talks went on for many months without result. ".repeat(60);
    String passage = filler + SENTENCE + " " + filler;
    DiscordMessage message =
        renderer.render(new ChatReply.AnswerReply(card(passage, SENTENCE, 1, 1), false), ASKER);

    String description = message.embeds().getFirst().getDescription();
    assertTrue(description.startsWith("… The talks went on"), description);
    assertTrue(description.contains("result. **" + SENTENCE + "** The talks"), description);
    assertTrue(description.endsWith("result. …"), "ends at a sentence: " + description);
    assertTrue(
        description.length() <= AnswerEmbed.PASSAGE_CHARS + 10, "length " + description.length());
  }

  @Test
  void noticeKeepsItsLinesInOrder() {
    Notice notice =
        Notice.of(NoticeKind.REFUSED, "Moderators only", "First line.", "Second *line*.");
    DiscordMessage message = renderer.render(notice, ASKER);

    MessageEmbed embed = message.embeds().getFirst();
    assertEquals("Moderators only", embed.getTitle());
    assertEquals("First line.\nSecond \\*line\\*.", embed.getDescription());
    assertTrue(message.ephemeral(), "refusals are private");
    assertTrue(message.buttons().isEmpty());
    assertEquals(NoticeEmbed.color(NoticeKind.REFUSED), embed.getColorRaw());
  }

  @Test
  void dayCardHasAFieldPerEvent() {
    DayCard card =
        new DayCard(
            MonthDay.of(3, 2),
            MonthDay.of(3, 2),
            true,
            List.of(
                new DayCard.DayEvent(
                    "1969-03-02",
                    "March 2, 1969",
                    SENTENCE,
                    "The Sino-Soviet Split",
                    "Hotline",
                    "https://example.org/split")));
    DiscordMessage message = renderer.render(new ChatReply.DayReply(card, false), ASKER);

    MessageEmbed embed = message.embeds().getFirst();
    assertEquals("On this day: March 2", embed.getTitle());
    assertEquals("March 2, 1969 · 1969-03-02", embed.getFields().getFirst().getName());
    assertEquals(
        SENTENCE + "\n— [The Sino-Soviet Split](https://example.org/split)",
        embed.getFields().getFirst().getValue());
    assertEquals(
        List.of(DiscordRenderer.DELETE_LABEL),
        message.buttons().stream().map(Button::getLabel).toList());
  }

  @Test
  void plainTextNeverCarriesALiveEveryone() {
    String passage = "The radio told @everyone in East Berlin and @here in the West.";
    DiscordMessage message =
        renderer.renderPlain(
            new ChatReply.AnswerReply(card(passage, passage, 1, 1), false), ASKER, false);

    assertFalse(message.content().contains("@everyone"), message.content());
    assertFalse(message.content().contains("@here"), message.content());
    assertTrue(message.content().contains("@\u200beveryone"), message.content());
    assertTrue(message.embeds().isEmpty());
  }

  @Test
  void linksThatCouldBreakMarkdownAreEncodedOrDropped() {
    assertEquals(
        Optional.of("https://en.wikipedia.org/wiki/Crisis_%281962%29"),
        SafeLinks.http("https://en.wikipedia.org/wiki/Crisis_(1962)"));
    assertEquals(Optional.empty(), SafeLinks.http("javascript:alert(1)"));
    assertEquals(Optional.empty(), SafeLinks.http("https://example.org/a b"));
    assertEquals(Optional.empty(), SafeLinks.http("not a url"));
  }

  @Test
  void choicesAreDistinctAndShort() {
    var choices =
        renderer.choices(List.of("The Berlin Wall", "The Berlin Wall", " ", "x".repeat(300)));

    assertEquals(2, choices.size());
    assertEquals("The Berlin Wall", choices.get(0).getName());
    assertEquals(DiscordRenderer.CHOICE_LIMIT, choices.get(1).getAsString().length());
  }

  private static AnswerCard withDate(AnswerCard card, AnswerCard.CardDate date) {
    return new AnswerCard(
        card.question(),
        card.sentence(),
        card.passage(),
        Optional.of(date),
        card.title(),
        card.source(),
        card.published(),
        card.url(),
        card.position(),
        card.total(),
        card.token(),
        card.notes());
  }

  static AnswerCard card(String passage, String sentence, int position, int total) {
    return new AnswerCard(
        "when did the border war happen?",
        sentence,
        passage,
        Optional.of(new AnswerCard.CardDate("1969-03-02", "March 2, 1969")),
        "The Sino-Soviet Split",
        "Hotline",
        LocalDate.of(2026, 11, 27),
        "https://example.org/split",
        position,
        total,
        "tok3n2abcd",
        List.of());
  }

  @Test
  void aQuizHasFourButtonsWithinDiscordsLabelLimitUntilItIsRevealed() {
    String choice =
        "Soviet and Chinese border troops clash on Zhenbao (Damansky) Island in the Ussuri";
    dev.hotline.chat.QuizCard open =
        new dev.hotline.chat.QuizCard(
            9,
            "Quiz",
            "What happened on March 2, 1969?",
            List.of(choice, choice + " River", "b", "c"),
            0,
            "March 2, 1969 — The Sino-Soviet Split",
            "March 2, 1969",
            new dev.hotline.chat.QuizCard.Source("The Sino-Soviet Split", "Hotline", null, null),
            30,
            java.time.Instant.EPOCH,
            Optional.empty());
    DiscordMessage message = renderer.render(new ChatReply.QuizReply(open), null, false);
    assertEquals(4, message.buttons().size());
    for (Button button : message.buttons()) {
      assertTrue(
          button.getLabel().length() <= DiscordRenderer.BUTTON_LABEL_LIMIT, button.getLabel());
      assertTrue(ButtonIds.parse(button.getCustomId()).isPresent(), button.getCustomId());
    }
    assertTrue(message.embeds().get(0).getDescription().contains("**2.** " + choice + " River"));
    DiscordMessage revealed =
        renderer.render(
            new ChatReply.QuizReply(
                open.revealedAs(
                    new dev.hotline.chat.QuizCard.Outcome(0, 0, java.util.OptionalInt.empty()))),
            null,
            false);
    assertTrue(revealed.buttons().isEmpty());
    assertTrue(revealed.embeds().get(0).getDescription().contains("Nobody answered."));
  }
}
