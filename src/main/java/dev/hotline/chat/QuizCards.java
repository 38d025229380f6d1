package dev.hotline.chat;

import dev.hotline.quiz.Player;
import dev.hotline.quiz.QuizPlace;
import dev.hotline.quiz.QuizQuestion;
import dev.hotline.quiz.Round;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rounds as the adapters show them ({@link QuizCard}), and the chat layer's names for the quiz
 * core's places, players and students, with the words quiz notices share.
 */
final class QuizCards {
  /**
   * A Telegram quiz poll closes itself after its open period; its last answers may reach Hotline a
   * moment later, so its round is revealed this much after the poll closes.
   */
  static final Duration POLL_GRACE = Duration.ofSeconds(5);

  private QuizCards() {}

  /** The round as a card: open, or revealed with {@code outcome}. */
  static QuizCard card(Round round, Optional<QuizCard.Outcome> outcome) {
    QuizQuestion question = round.question();
    Instant closesAt = closesAt(round);
    int seconds =
        round.solo()
            ? 0
            : (int) Math.max(1, Duration.between(round.openedAt(), closesAt).toSeconds());
    return new QuizCard(
        round.id(),
        switch (round.origin()) {
          case ASKED -> "Quiz";
          case DAILY -> "Daily quiz";
          case STUDY -> "Practice";
        },
        question.text(),
        question.choices(),
        question.correct(),
        question.explanation(),
        question.dateWords(),
        new QuizCard.Source(
            question.source().title(),
            question.source().publisher(),
            question.source().url(),
            question.source().published()),
        seconds,
        closesAt,
        outcome);
  }

  /** When answers stop: a poll's round is revealed a little after the poll itself closes. */
  static Instant closesAt(Round round) {
    return Platform.TELEGRAM.name().equals(round.place().platform()) && !round.solo()
        ? round.revealAt().minus(POLL_GRACE)
        : round.revealAt();
  }

  static String numbered(QuizQuestion question, int choice) {
    return (choice + 1) + " · " + question.choices().get(choice);
  }

  static String boxWords(int[] boxes) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < boxes.length; i++) {
      parts.add("box " + (i + 1) + ": " + boxes[i]);
    }
    return String.join(", ", parts);
  }

  static String here(ChatPlace place) {
    return switch (place.platform()) {
      case CONSOLE -> "here";
      case DISCORD -> place.direct() ? "in this chat" : "on this server";
      case TELEGRAM -> place.direct() ? "in this chat" : "in this group";
    };
  }

  /** Where practice may happen: a direct chat, or the console, which has one person anyway. */
  static boolean privateChat(ChatPlace place) {
    return place.direct() || place.platform() == Platform.CONSOLE;
  }

  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static QuizPlace quizPlace(ChatPlace place) {
    return new QuizPlace(
        place.platform().name(), place.serverId(), place.channelId(), place.settingsKey());
  }

  static ChatPlace chatPlace(Round round) {
    QuizPlace place = round.place();
    return new ChatPlace(Platform.valueOf(place.platform()), place.serverId(), place.channelId());
  }

  static Player player(ChatUser user) {
    return new Player(user.id(), PlainNames.of(user.name()));
  }

  /** Whose practice deck: a person across the platform, wherever they practise. */
  static String student(ChatUser user, ChatPlace place) {
    return place.platform().name().toLowerCase(Locale.ROOT) + ":" + user.id();
  }
}
