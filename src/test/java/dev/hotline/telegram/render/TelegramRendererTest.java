package dev.hotline.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.DayCard;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class TelegramRendererTest {

  private final TelegramRenderer renderer = new TelegramRenderer();

  @Test
  void answerShowsQuestionOneDateLineThePassageWithItsAnswerInBoldAndTheSourceEscaped() {
    TelegramMessage message =
        renderer.render(
            new ChatReply.AnswerReply(card("https://example.org/?a=1&b=%222%22", 3), false));

    assertThat(message.html())
        .isEqualTo(
            "❓ <i>why &lt;&amp;&gt;?</i>\n\n"
                + "📅 <b>August 13, 1961</b>\n"
                + "<blockquote><b>Troops closed the border.</b> Crowds gathered"
                + " &lt;there&gt;.</blockquote>\n"
                + "📖 <a href=\"https://example.org/?a=1&amp;b=%222%22\">Berlin &lt;1961&gt; &amp;"
                + " \"after\"</a> — Test source, 2026-11-27\n"
                + "Answer 1 of 3");
    assertThat(TelegramHtmlRules.violations(message.html())).isEmpty();
  }

  @Test
  void theDateLineNamesTheEventAndTheIsoFormOnlyWhereItIsMorePrecise() {
    AnswerCard withEvent =
        withDate(
            card(null, 1),
            new AnswerCard.CardDate(
                "1961-08-13",
                "August 13, 1961",
                Optional.of("East German forces seal the sector <border> in Berlin")));
    AnswerCard vague =
        withDate(
            card(null, 1),
            new AnswerCard.CardDate("1961-06/1961-08", "summer 1961", Optional.empty(), true));

    assertThat(renderer.render(new ChatReply.AnswerReply(withEvent, false)).html())
        .contains(
            "📅 <b>August 13, 1961</b> — East German forces seal the sector &lt;border&gt; in"
                + " Berlin\n<blockquote>");
    assertThat(renderer.render(new ChatReply.AnswerReply(vague, false)).html())
        .contains("📅 <b>summer 1961 (1961-06/1961-08)</b>\n<blockquote>");
  }

  @Test
  void quotesInALinkCannotEndItsAttribute() {
    String html = new SafeHtml().link("https://example.org/\"><b>x", "label").html();

    assertThat(html).isEqualTo("<a href=\"https://example.org/&quot;&gt;&lt;b&gt;x\">label</a>");
  }

  @Test
  void answerButtonsCarryTheTokenAndTheSourceLink() {
    List<InlineKeyboardButton> buttons =
        renderer
            .render(new ChatReply.AnswerReply(card("https://example.org/b", 3), false))
            .keyboard()
            .getKeyboard()
            .get(0);

    assertThat(buttons)
        .extracting(InlineKeyboardButton::getText)
        .containsExactly("🔄 Another answer", "📖 Source");
    assertThat(buttons.get(0).getCallbackData()).isEqualTo("another:tok3n");
    assertThat(CallbackData.anotherToken(buttons.get(0).getCallbackData())).contains("tok3n");
    assertThat(buttons.get(1).getUrl()).isEqualTo("https://example.org/b");
  }

  @Test
  void aLoneAnswerWithoutAWebLinkHasNoButtonsAndNoLink() {
    TelegramMessage message =
        renderer.render(new ChatReply.AnswerReply(card("javascript:alert(1)", 1), false));

    assertThat(message.hasKeyboard()).isFalse();
    assertThat(message.html()).doesNotContain("<a ").doesNotContain("Answer 1 of");
  }

  @Test
  void dayCardListsEventsAndSaysWhenItFellBackToANearbyDay() {
    DayCard card =
        new DayCard(
            MonthDay.of(8, 14),
            MonthDay.of(8, 13),
            false,
            List.of(
                new DayCard.DayEvent(
                    "1961-08-13",
                    "August 13, 1961",
                    "Troops closed the border.",
                    "Berlin",
                    "Test",
                    null)));

    String html = renderer.render(new ChatReply.DayReply(card, false)).html();

    assertThat(html)
        .isEqualTo(
            "📅 <b>Nearest day with events: August 13</b>\n"
                + "<i>Nothing on August 14 in my articles.</i>\n"
                + "• <b>August 13, 1961</b> — Troops closed the border. (Berlin)");
  }

  @Test
  void noticeHasAnIconTitleAndLines() {
    String html =
        renderer.render(Notice.of(NoticeKind.COOLDOWN, "One moment", "Try again in 3 s.")).html();

    assertThat(html).isEqualTo("⏳ <b>One moment</b>\nTry again in 3 s.");
  }

  @Test
  void toastIsPlainAndShort() {
    Notice notice = Notice.of(NoticeKind.USER_ERROR, "That answer has expired", "x".repeat(500));

    assertThat(renderer.toast(notice))
        .startsWith("That answer has expired: xxx")
        .hasSizeLessThanOrEqualTo(200);
    assertThat(renderer.toast(new ChatReply.AnswerReply(card(null, 1), false))).isEmpty();
  }

  @Test
  void inlineResultsAreArticlesWithTheRenderedMessage() {
    List<ChatReply> replies =
        List.of(
            new ChatReply.AnswerReply(card("https://example.org/b", 2), false),
            new ChatReply.AnswerReply(card("https://example.org/b", 2), false));

    List<InlineQueryResultArticle> results =
        renderer.inlineResults(replies).stream().map(InlineQueryResultArticle.class::cast).toList();

    assertThat(results).extracting(InlineQueryResultArticle::getId).containsExactly("1", "2");
    assertThat(results.get(0).getTitle()).isEqualTo("August 13, 1961 — Berlin <1961> & \"after\"");
    assertThat(results.get(0).getDescription()).isEqualTo("Troops closed the border.");
    assertThat(results.get(0).getReplyMarkup().getKeyboard().get(0)).hasSize(2);
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

  private static AnswerCard card(String url, int total) {
    return new AnswerCard(
        "why <&>?",
        "Troops closed the border.",
        "Troops closed the border. Crowds gathered <there>.",
        Optional.of(new AnswerCard.CardDate("1961-08-13", "August 13, 1961")),
        "Berlin <1961> & \"after\"",
        "Test source",
        LocalDate.of(2026, 11, 27),
        url,
        1,
        total,
        "tok3n",
        List.of());
  }
}
