package dev.hotline.discord;

import static dev.hotline.discord.DiscordRenderer.CONTENT_LIMIT;

import dev.hotline.chat.AnswerCard;
import dev.hotline.chat.ChatReply;
import dev.hotline.chat.DayCard;

/** A reply as plain message text, for channels where Hotline may not embed links. */
final class PlainReply {
  static final int PASSAGE_CHARS = 1000;
  static final int DAY_SENTENCE_CHARS = 250;

  private PlainReply() {}

  static String of(ChatReply reply) {
    String text =
        switch (reply) {
          case ChatReply.AnswerReply answer -> answer(answer.card());
          case ChatReply.DayReply day -> day(day.card());
          case ChatReply.Notice notice ->
              "**"
                  + DiscordText.escape(DiscordText.oneLine(notice.title()))
                  + "**\n"
                  + NoticeEmbed.lines(notice.lines(), CONTENT_LIMIT);
          case ChatReply.QuizReply quiz ->
              "**"
                  + DiscordText.escape(QuizEmbed.title(quiz.card()))
                  + "**\n"
                  + String.join("\n", QuizEmbed.lines(quiz.card()));
        };
    return DiscordText.truncate(silenced(text), CONTENT_LIMIT);
  }

  private static String answer(AnswerCard card) {
    return "**"
        + DiscordText.escape(AnswerEmbed.title(card))
        + "**\n"
        + PassageExcerpt.withBoldSentence(
            card.passage(), card.sentence(), PASSAGE_CHARS, PASSAGE_CHARS)
        + "\n"
        + "— "
        + AnswerEmbed.source(card.title(), card.source(), card.published(), card.url())
        + "\n"
        + "*"
        + AnswerEmbed.position(card)
        + "*";
  }

  private static String day(DayCard card) {
    StringBuilder text =
        new StringBuilder("**").append(DiscordText.escape(DayEmbed.title(card))).append("**");
    for (DayCard.DayEvent event : card.events()) {
      text.append("\n**")
          .append(DiscordText.escape(DayEmbed.eventDate(event)))
          .append("** ")
          .append(
              DiscordText.fitEscaped(DiscordText.oneLine(event.sentence()), DAY_SENTENCE_CHARS));
    }
    return text.toString();
  }

  /**
   * Breaks "@everyone" and "@here" with a zero-width space. Messages already allow no mention; this
   * keeps a quoted passage harmless even if a request ever went out without that setting.
   */
  static String silenced(String text) {
    return text.replace("@everyone", "@\u200beveryone").replace("@here", "@\u200bhere");
  }
}
