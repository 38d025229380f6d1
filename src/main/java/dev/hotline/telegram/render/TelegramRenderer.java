package dev.hotline.telegram.render;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.AnswerReply;
import dev.hotline.chat.ChatReply.DayReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.QuizReply;
import dev.hotline.chat.DayCard;
import dev.hotline.chat.Excerpts;
import dev.hotline.chat.QuizCard;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders chat replies as Telegram messages in HTML parse mode, as inline-query results and as
 * button toasts, always within Telegram's limits and with every piece of article and user text
 * escaped.
 */
public final class TelegramRenderer {

  /** Telegram's limit on a message's text once its entities are parsed, in UTF-16 units. */
  public static final int MAX_MESSAGE_LENGTH = 4096;

  /** Telegram's limit on the text of a callback-query answer. */
  public static final int MAX_TOAST_LENGTH = 200;

  /** Results offered for one inline query. */
  public static final int MAX_INLINE_RESULTS = 10;

  /** Telegram's limits on a quiz poll: question, each option, and the explanation. */
  public static final int MAX_POLL_QUESTION = 300;

  public static final int MAX_POLL_OPTION = 100;
  public static final int MAX_POLL_EXPLANATION = 200;

  /** Telegram closes a poll after {@code open_period} seconds, 5 to 600. */
  public static final int MIN_OPEN_PERIOD = 5;

  public static final int MAX_OPEN_PERIOD = 600;

  // Caps on each piece, chosen so that everything but the passage always fits with room to spare;
  // the passage then gets whatever is left.
  private static final int MAX_QUESTION = 300;
  private static final int MAX_DATE = 100;
  private static final int MAX_EVENT = 300;
  private static final int MAX_PASSAGE = 1500;
  private static final int MAX_TITLE = 200;
  private static final int MAX_SOURCE = 120;
  private static final int MAX_NOTE = 300;
  private static final int MAX_NOTES = 3;
  private static final int MAX_DAY_SENTENCE = 500;
  private static final int MAX_DAY_TITLE = 150;
  private static final int MAX_NOTICE_LINE = 1000;
  private static final int MAX_RESULT_TITLE = 120;
  private static final int MAX_RESULT_DESCRIPTION = 200;

  private static final String FALLBACK_TITLE = "Hotline";
  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  /** The reply as one message. */
  public TelegramMessage render(ChatReply reply) {
    return switch (reply) {
      case AnswerReply answer ->
          new TelegramMessage(answer(answer.card()).html(), keyboard(answer.card()));
      case DayReply day -> new TelegramMessage(day(day.card()).html(), null);
      case Notice notice -> new TelegramMessage(notice(notice).html(), null);
      case QuizReply quiz -> new TelegramMessage(quizText(quiz.card()).html(), null);
    };
  }

  /**
   * A quiz as Telegram's native quiz poll: not anonymous, so that each answer reaches Hotline as a
   * {@code poll_answer} and counts for its member; the right option given, with an explanation
   * naming the date and the source; open for the quiz's answer time, or, for practice, until
   * answered.
   */
  public SendPoll quizPoll(QuizCard card, long chatId, Integer topicId) {
    SendPoll.SendPollBuilder<?, ?> poll =
        SendPoll.builder()
            .chatId(chatId)
            .question(pollText(card.question(), MAX_POLL_QUESTION, "Quiz"))
            .options(
                card.choices().stream()
                    .map(
                        choice ->
                            (InputPollOption)
                                InputPollOption.builder()
                                    .text(pollText(choice, MAX_POLL_OPTION, "?"))
                                    .build())
                    .toList())
            .type("quiz")
            .isAnonymous(false)
            .correctOptionIds(List.of(card.correct()))
            .explanation(pollText(card.explanation(), MAX_POLL_EXPLANATION, ""));
    if (!card.solo()) {
      poll.openPeriod(Math.max(MIN_OPEN_PERIOD, Math.min(MAX_OPEN_PERIOD, card.answerSeconds())));
    }
    if (topicId != null) {
      poll.messageThreadId(topicId);
    }
    return poll.build();
  }

  /** Plain poll text on one line within {@code limit}, never empty. */
  private static String pollText(String text, int limit, String fallback) {
    String line = CleanText.oneLine(text, limit);
    return line.isBlank() ? fallback : line;
  }

  /** A quiz as a message, where a poll cannot be sent (an inline answer). */
  private SafeHtml quizText(QuizCard card) {
    SafeHtml message = new SafeHtml().text("❓ ").bold(CleanText.oneLine(card.heading(), MAX_TITLE));
    message.newline().text(CleanText.cut(card.question(), MAX_POLL_QUESTION));
    for (int i = 0; i < card.choices().size(); i++) {
      boolean right = card.revealed() && i == card.correct();
      message
          .newline()
          .text((right ? "✅ " : "") + (i + 1) + ". ")
          .text(CleanText.oneLine(card.choices().get(i), MAX_POLL_OPTION));
    }
    if (card.revealed()) {
      message.newline().italic(CleanText.oneLine(card.explanation(), MAX_POLL_EXPLANATION));
    }
    return message;
  }

  /** Up to {@link #MAX_INLINE_RESULTS} inline-query results, one per reply, in order. */
  public List<InlineQueryResult> inlineResults(List<? extends ChatReply> replies) {
    List<InlineQueryResult> results = new ArrayList<>();
    for (ChatReply reply : replies) {
      if (results.size() == MAX_INLINE_RESULTS) {
        break;
      }
      results.add(inlineResult(Integer.toString(results.size() + 1), reply));
    }
    return results;
  }

  /**
   * Plain text for the little notice a button press can show, or empty when there is nothing to
   * say.
   */
  public String toast(ChatReply reply) {
    if (!(reply instanceof Notice notice)) {
      return "";
    }
    String body = String.join(" ", notice.lines());
    return CleanText.oneLine(
        notice.title() + (body.isBlank() ? "" : ": " + body), MAX_TOAST_LENGTH);
  }

  private SafeHtml answer(AnswerCard card) {
    SafeHtml head = new SafeHtml();
    if (!CleanText.of(card.question()).isBlank()) {
      head.text("❓ ")
          .italic(CleanText.cut(card.question().strip(), MAX_QUESTION))
          .newline()
          .newline();
    }
    card.date()
        .ifPresent(
            date -> {
              head.text("📅 ").bold(CleanText.cut(date.when(), MAX_DATE));
              date.event()
                  .filter(event -> !event.isBlank())
                  .ifPresent(event -> head.text(" — " + CleanText.cut(event, MAX_EVENT)));
              head.newline();
            });

    SafeHtml tail = new SafeHtml().newline().text("📖 ");
    source(tail, card.title(), card.url());
    if (!CleanText.of(card.source()).isBlank() && !card.source().equals(card.title())) {
      tail.text(" — " + CleanText.cut(card.source(), MAX_SOURCE));
    }
    if (card.published() != null) {
      tail.text(", " + card.published());
    }
    if (card.total() > 1) {
      tail.newline().text("Answer " + card.position() + " of " + card.total());
    }
    card.notes().stream()
        .limit(MAX_NOTES)
        .forEach(note -> tail.newline().text("ℹ️ ").italic(CleanText.cut(note, MAX_NOTE)));

    // The passage once, with the answering sentence in bold inside it.
    int room = MAX_MESSAGE_LENGTH - head.visibleLength() - tail.visibleLength();
    Excerpts.Excerpt excerpt =
        Excerpts.around(
            CleanText.of(card.passage()).strip(),
            CleanText.of(card.sentence()).strip(),
            Math.max(1, Math.min(MAX_PASSAGE, room)));
    SafeHtml passage = new SafeHtml().text(excerpt.before());
    if (!excerpt.answer().isBlank()) {
      passage.bold(excerpt.answer());
    }
    passage.text(excerpt.after());
    SafeHtml message = new SafeHtml().append(head);
    if (!passage.isEmpty()) {
      message.quote(passage);
    }
    return message.append(tail);
  }

  private SafeHtml day(DayCard card) {
    SafeHtml message = new SafeHtml().text("📅 ").bold(card.heading());
    card.whyAnotherDay().ifPresent(why -> message.newline().italic(why));
    for (DayCard.DayEvent event : card.events()) {
      SafeHtml line =
          new SafeHtml()
              .newline()
              .text("• ")
              .bold(CleanText.cut(event.dateWords(), MAX_DATE))
              .text(" — ")
              .text(CleanText.cut(event.sentence(), MAX_DAY_SENTENCE))
              .text(" (");
      source(line, CleanText.cut(event.title(), MAX_DAY_TITLE), event.url());
      line.text(")");
      if (message.visibleLength() + line.visibleLength() > MAX_MESSAGE_LENGTH) {
        break;
      }
      message.append(line);
    }
    return message;
  }

  private SafeHtml notice(Notice notice) {
    String title = CleanText.oneLine(notice.title(), MAX_TITLE);
    SafeHtml message =
        new SafeHtml()
            .text(icon(notice.kind()) + " ")
            .bold(title.isEmpty() ? FALLBACK_TITLE : title);
    for (String text : notice.lines()) {
      SafeHtml line = new SafeHtml().newline().text(CleanText.cut(text, MAX_NOTICE_LINE));
      if (message.visibleLength() + line.visibleLength() > MAX_MESSAGE_LENGTH - 2) {
        message.newline().text("…");
        break;
      }
      message.append(line);
    }
    return message;
  }

  private static void source(SafeHtml html, String title, String url) {
    String label = CleanText.cut(title, MAX_TITLE);
    String shown = label.isBlank() ? "source" : label;
    SourceLink.of(url).ifPresentOrElse(link -> html.link(link, shown), () -> html.text(shown));
  }

  private static InlineKeyboardMarkup keyboard(AnswerCard card) {
    InlineKeyboardRow row = new InlineKeyboardRow();
    if (card.hasAnother()) {
      CallbackData.another(card.token())
          .ifPresent(
              data ->
                  row.add(
                      InlineKeyboardButton.builder()
                          .text("🔄 Another answer")
                          .callbackData(data)
                          .build()));
    }
    SourceLink.of(card.url())
        .ifPresent(
            url -> row.add(InlineKeyboardButton.builder().text("📖 Source").url(url).build()));
    return row.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboardRow(row).build();
  }

  private InlineQueryResult inlineResult(String id, ChatReply reply) {
    TelegramMessage message = render(reply);
    String title;
    String description;
    switch (reply) {
      case AnswerReply answer -> {
        AnswerCard card = answer.card();
        title = card.date().map(date -> date.words() + " — ").orElse("") + card.title();
        description = card.sentence();
      }
      case DayReply day -> {
        title = day.card().heading();
        description = day.card().events().isEmpty() ? "" : day.card().events().get(0).sentence();
      }
      case Notice notice -> {
        title = notice.title();
        description = String.join(" ", notice.lines());
      }
      case QuizReply quiz -> {
        title = quiz.card().heading();
        description = quiz.card().question();
      }
    }
    String shownTitle = CleanText.oneLine(title, MAX_RESULT_TITLE);
    InlineQueryResultArticle.InlineQueryResultArticleBuilder<?, ?> result =
        InlineQueryResultArticle.builder()
            .id(id)
            .title(shownTitle.isEmpty() ? FALLBACK_TITLE : shownTitle)
            .description(CleanText.oneLine(description, MAX_RESULT_DESCRIPTION))
            .inputMessageContent(
                InputTextMessageContent.builder()
                    .messageText(message.html())
                    .parseMode(TelegramMessage.PARSE_MODE)
                    .linkPreviewOptions(NO_PREVIEW)
                    .build());
    if (message.hasKeyboard()) {
      result.replyMarkup(message.keyboard());
    }
    return result.build();
  }

  private static String icon(ChatReply.NoticeKind kind) {
    return switch (kind) {
      case INFO -> "ℹ️";
      case NO_ANSWER -> "🤷";
      case COOLDOWN -> "⏳";
      case REFUSED -> "🚫";
      case USER_ERROR -> "✏️";
    };
  }
}
