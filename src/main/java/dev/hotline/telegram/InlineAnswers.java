package dev.hotline.telegram;

import dev.hotline.chat.ChatCommand;
import dev.hotline.chat.ChatPlace;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.ChatService;
import dev.hotline.chat.ChatUser;
import dev.hotline.telegram.render.TelegramRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;

/**
 * Answers {@code @bot question} typed in any chat with a card per answer alternative, for the user
 * to pick one and send it.
 */
final class InlineAnswers implements InlineQueryDesk.Answerer {

  /**
   * Results are personal (their buttons name the asker's answers), so Telegram caches them per
   * user.
   */
  private static final int CACHE_SECONDS = 60;

  private final ChatService chat;
  private final TelegramSender sender;
  private final TelegramRenderer renderer;

  InlineAnswers(ChatService chat, TelegramSender sender, TelegramRenderer renderer) {
    this.chat = chat;
    this.sender = sender;
    this.renderer = renderer;
  }

  @Override
  public boolean tryAnswer(InlineQuery query) {
    if (query.getQuery() == null || query.getQuery().isBlank()) {
      answer(
          query, List.of()); // "@bot " alone: nothing to look up yet, and no cooldown spent on it
      return true;
    }
    ChatUser user = TelegramUsers.of(query.getFrom(), false);
    // Inline mode is not in any chat Hotline is in: the asker's own private place and settings
    // apply.
    ChatPlace place = TelegramPlaces.chat(query.getFrom().getId());
    ChatReply first =
        chat.handle(user, place, new ChatCommand.Ask(query.getQuery(), Optional.empty(), false));
    if (first instanceof Notice notice && notice.kind() == NoticeKind.COOLDOWN) {
      return false;
    }
    answer(query, withAlternatives(user, place, first));
    return true;
  }

  /**
   * The first answer and the others behind its token. Walking the alternatives ends by wrapping
   * round to the first, so that "Another answer" on the card most users pick shows the second.
   */
  private List<ChatReply> withAlternatives(ChatUser user, ChatPlace place, ChatReply first) {
    List<ChatReply> replies = new ArrayList<>(List.of(first));
    if (!(first instanceof ChatReply.AnswerReply answer) || !answer.card().hasAnother()) {
      return replies;
    }
    ChatCommand another = new ChatCommand.AnotherAnswer(answer.card().token());
    for (int shown = 1; shown < answer.card().total(); shown++) {
      ChatReply next = chat.handle(user, place, another);
      if (replies.size() < TelegramRenderer.MAX_INLINE_RESULTS
          && next instanceof ChatReply.AnswerReply) {
        replies.add(next);
      }
    }
    chat.handle(user, place, another);
    return replies;
  }

  private void answer(InlineQuery query, List<ChatReply> replies) {
    sender.call(
        AnswerInlineQuery.builder()
            .inlineQueryId(query.getId())
            .results(renderer.inlineResults(replies))
            .cacheTime(CACHE_SECONDS)
            .isPersonal(true)
            .build());
  }
}
