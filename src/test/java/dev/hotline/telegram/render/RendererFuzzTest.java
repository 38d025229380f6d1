package dev.hotline.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Every kind of message the renderer makes, from random hostile article and question text, is valid
 * Telegram HTML within 4096 UTF-16 units, with buttons Telegram accepts.
 */
class RendererFuzzTest {

  private static final long SEED = 19_611_962L;
  private static final int ROUNDS = 300;

  private final TelegramRenderer renderer = new TelegramRenderer();

  @Test
  void everyRenderedMessageIsValidTelegramHtml() {
    NastyText nasty = new NastyText(new Random(SEED));
    for (int round = 0; round < ROUNDS; round++) {
      List<ChatReply> replies =
          List.of(
              new ChatReply.AnswerReply(answerCard(nasty), nasty.nextBoolean()),
              new ChatReply.DayReply(dayCard(nasty), false),
              notice(nasty));
      for (ChatReply reply : replies) {
        TelegramMessage message = renderer.render(reply);
        assertValid(message.html(), reply, round);
        if (message.hasKeyboard()) {
          assertValidKeyboard(message.keyboard());
        }
        assertThat(renderer.toast(reply).length())
            .isLessThanOrEqualTo(TelegramRenderer.MAX_TOAST_LENGTH);
      }
      assertValidInlineResults(renderer.inlineResults(replies), round);
    }
  }

  @Test
  void aHugeCardIsCutAtASentenceEndAndStillCarriesItsSource() {
    String passage = "The border war began on Zhenbao Island. ".repeat(400);
    AnswerCard card =
        new AnswerCard(
            "when?",
            "The border war began on Zhenbao Island.",
            passage,
            Optional.of(new AnswerCard.CardDate("1969-03-02", "March 2, 1969")),
            "Border war",
            "Test",
            null,
            "https://example.org/a",
            1,
            1,
            "",
            List.of());

    String html = renderer.render(new ChatReply.AnswerReply(card, false)).html();

    assertThat(TelegramHtmlRules.violations(html)).isEmpty();
    String text = TelegramHtmlRules.visibleText(html);
    assertThat(text.length()).as("a readable excerpt, far below the limit").isBetween(1_000, 2_000);
    assertThat(html).contains("<blockquote><b>The border war began on Zhenbao Island.</b> The");
    assertThat(text).contains("Zhenbao Island. …\n📖 Border war");
  }

  private void assertValid(String html, ChatReply reply, int round) {
    assertThat(TelegramHtmlRules.violations(html))
        .as("round %d of seed %d, %s", round, SEED, reply.getClass().getSimpleName())
        .isEmpty();
  }

  private void assertValidInlineResults(List<InlineQueryResult> results, int round) {
    assertThat(results).hasSizeLessThanOrEqualTo(TelegramRenderer.MAX_INLINE_RESULTS);
    List<String> ids = new ArrayList<>();
    for (InlineQueryResult result : results) {
      InlineQueryResultArticle article = (InlineQueryResultArticle) result;
      ids.add(article.getId());
      assertThat(article.getId().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64);
      assertThat(article.getTitle()).isNotBlank();
      InputTextMessageContent content = (InputTextMessageContent) article.getInputMessageContent();
      assertThat(content.getParseMode()).isEqualTo("HTML");
      assertThat(TelegramHtmlRules.violations(content.getMessageText()))
          .as("inline, round %d", round)
          .isEmpty();
      if (article.getReplyMarkup() != null) {
        assertValidKeyboard(article.getReplyMarkup());
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  private static void assertValidKeyboard(InlineKeyboardMarkup keyboard) {
    keyboard
        .getKeyboard()
        .forEach(
            row -> {
              assertThat(row).isNotEmpty();
              for (InlineKeyboardButton button : row) {
                assertThat(button.getText()).isNotBlank();
                if (button.getCallbackData() != null) {
                  assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8).length)
                      .isBetween(1, 64);
                } else {
                  assertThat(button.getUrl()).matches("https?://[^\\s]+");
                }
              }
            });
  }

  private static AnswerCard answerCard(NastyText nasty) {
    Optional<AnswerCard.CardDate> date =
        nasty.nextBoolean()
            ? Optional.of(new AnswerCard.CardDate(nasty.any(), nasty.any()))
            : Optional.empty();
    int total = 1 + nasty.nextInt(5);
    String token =
        switch (nasty.nextInt(3)) {
          case 0 -> "";
          case 1 -> "x".repeat(70); // too long for callback data: the button must be left out
          default -> "abcdefgh" + nasty.nextInt(100);
        };
    List<String> notes = new ArrayList<>();
    for (int i = nasty.nextInt(6); i > 0; i--) {
      notes.add(nasty.maybeHuge());
    }
    return new AnswerCard(
        nasty.maybeHuge(),
        nasty.maybeHuge(),
        nasty.maybeHuge(),
        date,
        nasty.maybeHuge(),
        nasty.maybeHuge(),
        nasty.nextBoolean() ? LocalDate.of(2026, 11, 27) : null,
        nasty.url(),
        1 + nasty.nextInt(total),
        total,
        token,
        notes);
  }

  private static DayCard dayCard(NastyText nasty) {
    List<DayCard.DayEvent> events = new ArrayList<>();
    for (int i = nasty.nextInt(8); i > 0; i--) {
      events.add(
          new DayCard.DayEvent(
              nasty.any(),
              nasty.maybeHuge(),
              nasty.maybeHuge(),
              nasty.maybeHuge(),
              nasty.any(),
              nasty.url()));
    }
    return new DayCard(
        MonthDay.of(1 + nasty.nextInt(12), 1 + nasty.nextInt(28)),
        MonthDay.of(1 + nasty.nextInt(12), 1 + nasty.nextInt(28)),
        nasty.nextBoolean(),
        events);
  }

  private static ChatReply.Notice notice(NastyText nasty) {
    List<String> lines = new ArrayList<>();
    for (int i = nasty.nextInt(12); i > 0; i--) {
      lines.add(nasty.maybeHuge());
    }
    ChatReply.NoticeKind[] kinds = ChatReply.NoticeKind.values();
    return new ChatReply.Notice(
        kinds[nasty.nextInt(kinds.length)], nasty.maybeHuge(), lines, nasty.nextBoolean());
  }
}
