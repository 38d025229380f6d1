package dev.hotline.chat;

import static dev.hotline.chat.QuizCards.boxWords;
import static dev.hotline.chat.QuizCards.here;
import static dev.hotline.chat.QuizCards.privateChat;
import static dev.hotline.chat.QuizCards.student;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.quiz.QuizMaster;
import dev.hotline.quiz.QuizSettings;
import dev.hotline.quiz.Score;
import dev.hotline.quiz.Standing;
import dev.hotline.quiz.StudyCoach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A board's quizzes as members and moderators see them: scores, the leaderboard, and the
 * moderators' switches, answer time and reset.
 */
final class QuizBoards {
  private final QuizMaster master;
  private final StudyCoach coach;

  QuizBoards(QuizMaster master, StudyCoach coach) {
    this.master = master;
    this.coach = coach;
  }

  ChatReply stats(ChatUser user, ChatPlace place) {
    List<String> lines = new ArrayList<>();
    Optional<Standing> standing = master.standing(place.settingsKey(), user.id());
    standing.ifPresent(
        s -> {
          Score score = s.score();
          lines.add(
              "Right: "
                  + score.right()
                  + " of "
                  + score.answered()
                  + " ("
                  + Math.round(100.0 * score.right() / score.answered())
                  + "%)");
          lines.add("Rank: " + s.rank() + " of " + s.players() + " " + here(place));
        });
    if (privateChat(place)) {
      int[] boxes = coach.boxes(student(user, place));
      int total = 0;
      for (int count : boxes) {
        total += count;
      }
      if (total > 0) {
        lines.add("Practice: " + total + " events, " + boxWords(boxes));
      }
    }
    if (lines.isEmpty()) {
      lines.add(
          "You have not answered a quiz "
              + here(place)
              + " yet. Try "
              + PlaceWords.command(place.platform(), "quiz")
              + ".");
    }
    return new Notice(NoticeKind.INFO, "Your quiz score", lines, true);
  }

  ChatReply leaderboard(ChatPlace place) {
    List<Score> scores = master.leaderboard(place.settingsKey(), ChatQuizzes.LEADERBOARD_SIZE);
    if (scores.isEmpty()) {
      return new Notice(
          NoticeKind.INFO,
          "Leaderboard",
          List.of(
              "No scores "
                  + here(place)
                  + " yet. Start with "
                  + PlaceWords.command(place.platform(), "quiz")
                  + "."),
          false);
    }
    List<String> lines = new ArrayList<>();
    int rank = 0;
    Score previous = null;
    for (int i = 0; i < scores.size(); i++) {
      Score score = scores.get(i);
      if (previous == null
          || score.right() != previous.right()
          || score.answered() != previous.answered()) {
        rank = i + 1;
      }
      previous = score;
      lines.add(
          rank
              + ". "
              + PlainNames.of(score.name())
              + " — "
              + score.right()
              + " right of "
              + score.answered());
    }
    return new Notice(NoticeKind.INFO, "Leaderboard", lines, false);
  }

  ChatReply switchQuizzes(ChatPlace place, boolean on) {
    QuizSettings settings = master.settings(place.settingsKey());
    master.saveSettings(place.settingsKey(), settings.withEnabled(on));
    return Notice.of(
        NoticeKind.INFO,
        on ? "Quizzes on" : "Quizzes off",
        on
            ? "Members can ask for quizzes "
                + here(place)
                + " with "
                + PlaceWords.command(place.platform(), "quiz")
                + "; answers count for "
                + settings.answerSeconds()
                + " s."
            : "No quizzes "
                + here(place)
                + ", daily ones included, until "
                + PlaceWords.aModerator(place.platform())
                + " turns them on with "
                + PlaceWords.command(place.platform(), "quiz-on")
                + ".");
  }

  ChatReply answerTime(ChatPlace place, int seconds) {
    if (seconds < QuizSettings.MIN_SECONDS || seconds > QuizSettings.MAX_SECONDS) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Answer time out of range",
          "Quizzes take answers for "
              + QuizSettings.MIN_SECONDS
              + " to "
              + QuizSettings.MAX_SECONDS
              + " seconds.");
    }
    QuizSettings settings = master.settings(place.settingsKey());
    master.saveSettings(place.settingsKey(), settings.withAnswerSeconds(seconds));
    return Notice.of(
        NoticeKind.INFO,
        "Quiz answer time",
        "Quizzes " + here(place) + " take answers for " + seconds + " s, then show the answer.");
  }

  ChatReply reset(ChatPlace place) {
    int players = master.resetScores(place.settingsKey());
    return Notice.of(
        NoticeKind.INFO,
        "Scores reset",
        players == 0
            ? "There were no scores " + here(place) + "."
            : "The quiz scores of "
                + players
                + (players == 1 ? " member " : " members ")
                + here(place)
                + " were cleared.");
  }

  /** The quiz line of a place's settings. */
  String settingsLine(ChatPlace place) {
    QuizSettings settings = master.settings(place.settingsKey());
    return "Quizzes: "
        + (settings.enabled() ? "on, " + settings.answerSeconds() + " s to answer" : "off");
  }
}
