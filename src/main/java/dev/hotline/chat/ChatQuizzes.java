package dev.hotline.chat;

import static dev.hotline.chat.QuizCards.boxWords;
import static dev.hotline.chat.QuizCards.capitalised;
import static dev.hotline.chat.QuizCards.card;
import static dev.hotline.chat.QuizCards.chatPlace;
import static dev.hotline.chat.QuizCards.closesAt;
import static dev.hotline.chat.QuizCards.here;
import static dev.hotline.chat.QuizCards.numbered;
import static dev.hotline.chat.QuizCards.player;
import static dev.hotline.chat.QuizCards.privateChat;
import static dev.hotline.chat.QuizCards.quizPlace;
import static dev.hotline.chat.QuizCards.student;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.ChatReply.QuizReply;
import dev.hotline.quiz.Origin;
import dev.hotline.quiz.Quiz;
import dev.hotline.quiz.QuizFilter;
import dev.hotline.quiz.QuizLimits;
import dev.hotline.quiz.QuizMaster;
import dev.hotline.quiz.QuizSettings;
import dev.hotline.quiz.Revealed;
import dev.hotline.quiz.Round;
import dev.hotline.quiz.StudyCoach;
import dev.hotline.quiz.StudySession;
import dev.hotline.quiz.Vote;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quizzes in chat: asks them where members want them (and moderators allow them), turns answers
 * into acknowledgements, reveals rounds through each platform's {@link QuizRevealer}, and words
 * scores, leaderboards and practice the same way on every platform.
 */
public final class ChatQuizzes {
  private static final Logger LOG = LoggerFactory.getLogger(ChatQuizzes.class);

  /** Scores a leaderboard shows. */
  public static final int LEADERBOARD_SIZE = 10;

  /** Stands in for "nothing to reveal" when the runner asks when to come back. */
  private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

  private final QuizMaster master;
  private final StudyCoach coach;
  private final QuizBoards boards;
  private final Clock clock;
  private final Map<Platform, QuizRevealer> revealers = new EnumMap<>(Platform.class);
  private volatile Runnable onOpened = () -> {};

  public ChatQuizzes(QuizMaster master, StudyCoach coach, Clock clock) {
    this.master = master;
    this.coach = coach;
    this.boards = new QuizBoards(master, coach);
    this.clock = clock;
  }

  private ChatQuizzes() {
    this(null, null, Clock.systemUTC());
  }

  /** For chat layers without a database (tests, tools): quiz commands say there are none. */
  public static ChatQuizzes unavailable() {
    return new ChatQuizzes();
  }

  boolean offered() {
    return master != null;
  }

  /** Scores, the leaderboard, and the moderators' quiz settings. */
  QuizBoards boards() {
    return boards;
  }

  /** Reveals for {@code platform} go through {@code revealer}. */
  public synchronized void register(Platform platform, QuizRevealer revealer) {
    revealers.put(platform, revealer);
  }

  /** {@code wake} runs whenever a round opens, so whatever waits to reveal it looks again. */
  public void onOpened(Runnable wake) {
    this.onOpened = wake;
  }

  // --- commands, from ChatService ---

  ChatReply ask(ChatPlace place, String typed) {
    QuizSettings settings = master.settings(place.settingsKey());
    if (!settings.enabled()) {
      return quizzesOff(place);
    }
    QuizFilter filter = QuizFilter.parse(typed);
    Optional<Quiz> quiz = master.plan(quizPlace(place), filter);
    if (quiz.isEmpty()) {
      return noQuiz(place, filter);
    }
    Round round = open(place, quiz.get(), Origin.ASKED, settings);
    return new QuizReply(card(round, Optional.empty()));
  }

  ChatReply answer(ChatUser user, ChatPlace place, long roundId, int choice) {
    if (choice < 1 || choice > QuizLimits.CHOICES) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Which answer?",
          "Answer with the number of a choice, 1 to " + QuizLimits.CHOICES + ".");
    }
    Vote vote = master.vote(roundId, player(user), choice - 1);
    return switch (vote) {
      case Vote.LockedIn in -> lockedIn(in.round(), in.choice());
      case Vote.AlreadyIn in ->
          new Notice(
              NoticeKind.INFO,
              "Already locked in",
              List.of(
                  "Your answer stays " + numbered(in.round().question(), in.choice()) + ".",
                  "Each quiz takes one answer from each member."),
              true);
      case Vote.TooLate late -> over(late.round());
      case Vote.Unknown unknown ->
          Notice.of(
              NoticeKind.USER_ERROR,
              "This quiz is over",
              "Ask for a new one with " + PlaceWords.command(place.platform(), "quiz") + ".");
      case Vote.Answered answered -> answered(answered);
    };
  }

  ChatReply study(ChatUser user, ChatPlace place) {
    if (!privateChat(place)) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Practice is private",
          "Practice in a direct chat with me: send "
              + PlaceWords.command(place.platform(), "study")
              + " there.");
    }
    Optional<Round> round = coach.start(quizPlace(place), student(user, place));
    if (round.isEmpty()) {
      return Notice.of(
          NoticeKind.NO_ANSWER, "Nothing to practise", "My articles have no dated events to ask.");
    }
    onOpened.run();
    return new QuizReply(card(round.get(), Optional.empty()));
  }

  ChatReply stopStudy(ChatUser user, ChatPlace place) {
    Optional<StudySession> stopped = coach.stop(student(user, place));
    if (stopped.isEmpty()) {
      return Notice.of(
          NoticeKind.INFO,
          "Not practising",
          "Start practice with " + PlaceWords.command(place.platform(), "study") + ".");
    }
    StudySession session = stopped.get();
    return new Notice(
        NoticeKind.INFO,
        "Practice stopped",
        List.of(
            "This session: " + session.right() + " right of " + session.asked() + ".",
            "Your events: " + boxWords(coach.boxes(student(user, place))) + ".",
            "Those you missed come back first next time."),
        false);
  }

  // --- what the adapters call ---

  /** The adapter posted round {@code roundId} as {@code ref} (a message id, a poll id). */
  public void posted(long roundId, String ref) {
    if (master != null) {
      master.posted(roundId, ref);
    }
  }

  /** Where to send what follows a poll answer. */
  public record PollFollowUp(ChatPlace place, QuizCard next) {}

  /**
   * A member answered the quiz poll {@code pollId} with {@code option} (from 0). Telegram shows
   * them right or wrong itself; what comes back is the next practice question, if one follows.
   */
  public Optional<PollFollowUp> answerPoll(
      Platform platform, String pollId, ChatUser user, int option) {
    if (master == null) {
      return Optional.empty();
    }
    Optional<Round> round = master.roundByRef(platform.name(), pollId);
    if (round.isEmpty()) {
      return Optional.empty();
    }
    ChatReply reply = answer(user, chatPlace(round.get()), round.get().id(), option + 1);
    if (reply instanceof QuizReply quiz && quiz.next().isPresent()) {
      return Optional.of(new PollFollowUp(chatPlace(round.get()), quiz.next().get()));
    }
    return Optional.empty();
  }

  /**
   * Reveals every round whose time is up, once, through its platform's revealer; returns when the
   * next is due. A round posted on a platform without a revealer here is left to a process sharing
   * the database that has one (it is this one's once its revealer is registered).
   */
  public Instant revealDue() {
    if (master == null) {
      return NEVER;
    }
    Set<String> shownOn;
    synchronized (this) {
      shownOn = revealers.keySet().stream().map(Platform::name).collect(Collectors.toSet());
    }
    for (Revealed revealed : master.revealDue(shownOn)) {
      Round round = revealed.round();
      if (round.origin() == Origin.STUDY || round.ref().isEmpty()) {
        continue; // practice nobody answered in time, or a quiz that was never posted
      }
      QuizRevealer revealer;
      synchronized (this) {
        revealer = revealers.get(Platform.valueOf(round.place().platform()));
      }
      if (revealer == null) {
        continue;
      }
      QuizCard card =
          card(
              round,
              Optional.of(
                  new QuizCard.Outcome(
                      revealed.tally().answered(), revealed.tally().right(), OptionalInt.empty())));
      try {
        revealer.reveal(chatPlace(round), round.ref().get(), card);
      } catch (RuntimeException e) {
        LOG.warn("Could not show the answer of quiz {} in {}", round.id(), round.place().key(), e);
      }
    }
    return master.nextReveal(shownOn).orElse(NEVER);
  }

  // --- daily quizzes ---

  /** A daily quiz chosen for a place and not yet opened. */
  public record PlannedQuiz(ChatPlace place, Quiz quiz) {}

  /**
   * Chooses a place's daily quiz, keeping nothing yet; empty when quizzes are off there or no event
   * makes one.
   */
  public Optional<PlannedQuiz> planDaily(ChatPlace place) {
    if (master == null || !master.settings(place.settingsKey()).enabled()) {
      return Optional.empty();
    }
    return master.plan(quizPlace(place), QuizFilter.any()).map(q -> new PlannedQuiz(place, q));
  }

  /** Opens a planned daily quiz's round, once its day is claimed. */
  public QuizCard openDaily(PlannedQuiz planned) {
    ChatPlace place = planned.place();
    Round round = open(place, planned.quiz(), Origin.DAILY, master.settings(place.settingsKey()));
    return card(round, Optional.empty());
  }

  // --- the rest ---

  private Round open(ChatPlace place, Quiz quiz, Origin origin, QuizSettings settings) {
    Round round;
    if (place.platform() == Platform.CONSOLE) {
      // One person at a terminal: the answer is shown as soon as they give it.
      round = master.openSolo(quizPlace(place), quiz, origin, null);
    } else {
      Duration answerTime = Duration.ofSeconds(settings.answerSeconds());
      if (place.platform() == Platform.TELEGRAM) {
        answerTime = answerTime.plus(QuizCards.POLL_GRACE);
      }
      round = master.open(quizPlace(place), quiz, origin, answerTime);
    }
    onOpened.run();
    return round;
  }

  private ChatReply answered(Vote.Answered answered) {
    Round round = answered.round();
    QuizCard revealed =
        card(
            round,
            Optional.of(
                new QuizCard.Outcome(
                    answered.tally().answered(),
                    answered.tally().right(),
                    OptionalInt.of(answered.choice()))));
    Optional<QuizCard> next = Optional.empty();
    if (round.origin() == Origin.STUDY) {
      Optional<Round> following = coach.answered(round, answered.right());
      following.ifPresent(r -> onOpened.run());
      next = following.map(r -> card(r, Optional.empty()));
    }
    return new QuizReply(revealed, next, false);
  }

  private ChatReply lockedIn(Round round, int choice) {
    long seconds = Math.max(1, Duration.between(clock.instant(), closesAt(round)).toSeconds());
    return new Notice(
        NoticeKind.INFO,
        "Locked in",
        List.of(
            "Your answer: " + numbered(round.question(), choice) + ".",
            "The right answer is shown when the quiz closes, in " + seconds + " s."),
        true);
  }

  private ChatReply over(Round round) {
    return Notice.of(
        NoticeKind.USER_ERROR,
        "This quiz is over",
        "The answer was " + numbered(round.question(), round.question().correct()) + ".",
        round.question().explanation());
  }

  private ChatReply quizzesOff(ChatPlace place) {
    return Notice.of(
        NoticeKind.REFUSED,
        "Quizzes are off " + here(place),
        capitalised(PlaceWords.aModerator(place.platform()))
            + " can turn them on with "
            + PlaceWords.command(place.platform(), "quiz-on")
            + ".");
  }

  private static ChatReply noQuiz(ChatPlace place, QuizFilter filter) {
    return Notice.of(
        NoticeKind.NO_ANSWER,
        "No quiz about " + filter.describe(),
        filter.isAny()
            ? "My articles have no dated events to ask about."
            : "None of my articles' dated events matches that. Try a broader topic or other"
                + " years, or just "
                + PlaceWords.command(place.platform(), "quiz")
                + ".");
  }
}
