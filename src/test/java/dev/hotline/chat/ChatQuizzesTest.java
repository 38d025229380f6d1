package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.chat.ChatReply.QuizReply;
import dev.hotline.testing.BundledIndex;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quizzes through the chat layer: answers, reveals, scores, moderation and practice. */
class ChatQuizzesTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
  private static final ChatPlace GENERAL = new ChatPlace(Platform.DISCORD, "guild", "general");
  private static final ChatPlace RANDOM = new ChatPlace(Platform.DISCORD, "guild", "random");
  private static final ChatPlace DM = new ChatPlace(Platform.DISCORD, null, "dm-7");
  private static final ChatUser ADMIN = new ChatUser("1", "archivist", true, Set.of());
  private static final ChatUser ANNA = new ChatUser("2", "anna", false, Set.of());
  private static final ChatUser BORIS = new ChatUser("3", "@boris", false, Set.of());
  private static final ChatUser CLARA = new ChatUser("4", "clara", false, Set.of());

  private final MutableClock clock = new MutableClock(T0);
  private final List<String> revealed = new ArrayList<>();
  private DailyWiring wiring;
  private ChatService chat;

  @BeforeEach
  void open() {
    wiring = DailyWiring.build(BundledIndex.bundled(), dir, clock);
    chat = wiring.chat();
    chat.quizzes()
        .register(
            Platform.DISCORD,
            (place, ref, card) ->
                revealed.add(
                    place.channelId()
                        + " "
                        + ref
                        + " "
                        + card.outcome().orElseThrow().right()
                        + "/"
                        + card.outcome().orElseThrow().answered()));
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void eachMemberLocksInOneAnswerAndTheRevealSaysHowManyGotIt() {
    QuizCard card = ask(ANNA, GENERAL, "");
    assertThat(card.revealed()).isFalse();
    assertThat(card.heading()).isEqualTo("Quiz");
    assertThat(card.choices()).hasSize(4);
    assertThat(card.answerSeconds()).isEqualTo(30);
    assertThat(card.closesAt()).isEqualTo(T0.plusSeconds(30));
    chat.quizzes().posted(card.roundId(), "message-1");
    int right = card.correct() + 1;
    int wrong = card.correct() == 0 ? 2 : 1;

    Notice locked = notice(answer(ANNA, card, right));
    assertThat(locked.title()).isEqualTo("Locked in");
    assertThat(locked.privately()).isTrue();
    assertThat(locked.lines())
        .containsExactly(
            "Your answer: " + right + " · " + card.choices().get(right - 1) + ".",
            "The right answer is shown when the quiz closes, in 30 s.");
    Notice again = notice(answer(ANNA, card, wrong));
    assertThat(again.title()).isEqualTo("Already locked in");
    assertThat(again.lines().get(0)).contains(right + " · ");
    clock.advance(Duration.ofSeconds(10));
    assertThat(notice(answer(BORIS, card, wrong)).lines().get(1)).endsWith("in 20 s.");

    clock.advance(Duration.ofSeconds(20));
    Notice late = notice(answer(CLARA, card, right));
    assertThat(late.title()).isEqualTo("This quiz is over");
    assertThat(late.privately()).isTrue();
    assertThat(late.lines().get(0)).isEqualTo("The answer was " + card.numberedAnswer() + ".");
    assertThat(late.lines().get(1)).isEqualTo(card.explanation());

    chat.quizzes().revealDue();
    chat.quizzes().revealDue();
    assertThat(revealed).containsExactly("general message-1 1/2");
  }

  /**
   * Two processes on one database, the other serving Telegram only: it leaves a Discord quiz's
   * reveal to a process that can show it, rather than scoring it unseen.
   */
  @Test
  void aQuizIsRevealedByAProcessThatCanShowIt() {
    QuizCard card = ask(ANNA, GENERAL, "");
    chat.quizzes().posted(card.roundId(), "message-1");
    answer(ANNA, card, card.correct() + 1);
    try (DailyWiring telegramOnly = DailyWiring.build(BundledIndex.bundled(), dir, clock)) {
      List<String> shownThere = new ArrayList<>();
      telegramOnly.quizzes().register(Platform.TELEGRAM, (place, ref, c) -> shownThere.add(ref));
      assertThat(telegramOnly.quizzes().revealDue())
          .as("it has no quiz of its own to wait for")
          .isAfter(T0.plus(Duration.ofDays(365)));
      clock.advance(Duration.ofSeconds(30));
      telegramOnly.quizzes().revealDue();
      assertThat(shownThere).isEmpty();
      chat.quizzes().revealDue();
      assertThat(revealed).containsExactly("general message-1 1/1");
    }
  }

  @Test
  void theLeaderboardShowsTheTopTenByNameWithoutPings() {
    List<ChatUser> members = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      members.add(new ChatUser("m" + i, i == 12 ? "@everyone" : "member" + i, false, Set.of()));
    }
    // Member i answers i rounds right of 3 or fewer, so the order is clear.
    for (int round = 0; round < 3; round++) {
      QuizCard card = ask(ADMIN, GENERAL, "");
      for (int i = 0; i < members.size(); i++) {
        boolean right = i % 3 >= round;
        answer(members.get(i), card, right ? card.correct() + 1 : (card.correct() + 1) % 4 + 1);
      }
      clock.advance(Duration.ofSeconds(31));
      chat.quizzes().revealDue();
    }
    Notice board = notice(chat.handle(ANNA, GENERAL, new ChatCommand.Leaderboard()));
    assertThat(board.title()).isEqualTo("Leaderboard");
    assertThat(board.privately()).as("everyone may see it").isFalse();
    assertThat(board.lines()).hasSize(ChatQuizzes.LEADERBOARD_SIZE);
    // Equal scores share a rank; "@everyone" is shown as a plain name, which pings no one.
    assertThat(board.lines().subList(0, 2))
        .containsExactly("1. everyone — 3 right of 3", "1. member3 — 3 right of 3");
    assertThat(board.lines().get(4)).isEqualTo("5. member11 — 2 right of 3");
    assertThat(board.lines().get(8)).isEqualTo("9. member1 — 1 right of 3");
    assertThat(board.lines()).allSatisfy(line -> assertThat(line).doesNotContain("@"));

    Notice mine = notice(chat.handle(members.get(0), GENERAL, new ChatCommand.QuizStats()));
    assertThat(mine.privately()).isTrue();
    assertThat(mine.lines()).containsExactly("Right: 1 of 3 (33%)", "Rank: 9 of 12 on this server");
  }

  @Test
  void onlyModeratorsSwitchQuizzesTimeThemAndResetScores() {
    Notice refused = notice(chat.handle(ANNA, GENERAL, new ChatCommand.QuizSwitch(false)));
    assertThat(refused.kind()).isEqualTo(NoticeKind.REFUSED);
    assertThat(notice(chat.handle(ANNA, GENERAL, new ChatCommand.QuizReset())).kind())
        .isEqualTo(NoticeKind.REFUSED);

    assertThat(notice(chat.handle(ADMIN, GENERAL, new ChatCommand.QuizSwitch(false))).title())
        .isEqualTo("Quizzes off");
    Notice off = notice(chat.handle(ANNA, RANDOM, new ChatCommand.Quiz("")));
    assertThat(off.kind()).isEqualTo(NoticeKind.REFUSED);
    assertThat(off.title()).isEqualTo("Quizzes are off on this server");
    assertThat(chat.quizzes().planDaily(GENERAL)).as("no daily quiz either").isEmpty();
    chat.handle(ADMIN, GENERAL, new ChatCommand.QuizSwitch(true));

    assertThat(notice(chat.handle(ADMIN, GENERAL, new ChatCommand.QuizTime(3))).kind())
        .isEqualTo(NoticeKind.USER_ERROR);
    chat.handle(ADMIN, GENERAL, new ChatCommand.QuizTime(45));
    QuizCard card = ask(ANNA, GENERAL, "");
    assertThat(card.closesAt()).isEqualTo(T0.plusSeconds(45));
    answer(ANNA, card, card.correct() + 1);
    clock.advance(Duration.ofSeconds(45));
    chat.quizzes().revealDue();
    assertThat(notice(chat.handle(ADMIN, GENERAL, new ChatCommand.ShowSettings())).lines())
        .contains("Quizzes: on, 45 s to answer");
    assertThat(notice(chat.handle(ADMIN, GENERAL, new ChatCommand.QuizReset())).lines())
        .containsExactly("The quiz scores of 1 member on this server were cleared.");
    assertThat(notice(chat.handle(ANNA, GENERAL, new ChatCommand.Leaderboard())).lines())
        .containsExactly("No scores on this server yet. Start with /quiz.");
  }

  @Test
  void quizzesKeepToTheAllowedChannelsAndTheCooldowns() {
    chat.handle(
        ADMIN, GENERAL, new ChatCommand.ChangeSettings(new SettingChange.AllowChannel("general")));
    assertThat(notice(chat.handle(ANNA, RANDOM, new ChatCommand.Quiz(""))).title())
        .isEqualTo("Not in this channel");
    for (int i = 0; i < ServerSettings.USER_BURST; i++) {
      assertThat(chat.handle(ANNA, GENERAL, new ChatCommand.Quiz("")))
          .isInstanceOf(QuizReply.class);
    }
    assertThat(notice(chat.handle(ANNA, GENERAL, new ChatCommand.Quiz(""))).kind())
        .isEqualTo(NoticeKind.COOLDOWN);
  }

  @Test
  void aTopicOrYearsNarrowTheQuizAndAnUnknownTopicIsSaidSo() {
    QuizCard berlin = ask(ANNA, GENERAL, "topic:berlin");
    assertThat(berlin.explanation() + berlin.question() + String.join(" ", berlin.choices()))
        .containsIgnoringCase("berlin");
    Notice none = notice(chat.handle(ANNA, GENERAL, new ChatCommand.Quiz("atlantis")));
    assertThat(none.title()).isEqualTo("No quiz about \"atlantis\"");
    assertThat(none.lines().get(0)).contains("/quiz");
  }

  @Test
  void practiceHappensInPrivateAndAsksTheNextQuestionAfterEachAnswer() {
    Notice inGroup = notice(chat.handle(ANNA, GENERAL, new ChatCommand.Study()));
    assertThat(inGroup.title()).isEqualTo("Practice is private");

    QuizCard first = ask(ANNA, DM, new ChatCommand.Study());
    assertThat(first.heading()).isEqualTo("Practice");
    assertThat(first.solo()).isTrue();
    QuizReply answered =
        (QuizReply)
            chat.handle(ANNA, DM, new ChatCommand.QuizAnswer(first.roundId(), first.correct() + 1));
    assertThat(answered.card().outcome().orElseThrow().youWereRight(first.correct())).isTrue();
    QuizCard next = answered.next().orElseThrow();
    assertThat(next.roundId()).isNotEqualTo(first.roundId());
    chat.handle(ANNA, DM, new ChatCommand.QuizAnswer(next.roundId(), (next.correct() + 1) % 4 + 1));

    Notice stopped = notice(chat.handle(ANNA, DM, new ChatCommand.StudyStop()));
    assertThat(stopped.lines())
        .containsExactly(
            "This session: 1 right of 2.",
            "Your events: box 1: 1, box 2: 1, box 3: 0, box 4: 0, box 5: 0.",
            "Those you missed come back first next time.");
    assertThat(notice(chat.handle(ANNA, DM, new ChatCommand.QuizStats())).lines())
        .contains("Practice: 2 events, box 1: 1, box 2: 1, box 3: 0, box 4: 0, box 5: 0");
    assertThat(notice(chat.handle(ANNA, DM, new ChatCommand.Leaderboard())).lines())
        .as("practice scores no board")
        .containsExactly("No scores in this chat yet. Start with /quiz.");
  }

  @Test
  void aTelegramQuizClosesOnTimeAndIsRevealedAMomentLater() {
    ChatPlace group = new ChatPlace(Platform.TELEGRAM, "-100", "-100");
    QuizCard card = ask(ANNA, group, "");
    assertThat(card.answerSeconds()).isEqualTo(30);
    assertThat(card.closesAt()).isEqualTo(T0.plusSeconds(30));
    clock.advance(Duration.ofSeconds(31));
    assertThat(notice(answer(BORIS, card, 1)).title())
        .as("a poll answer sent before the poll closed still counts")
        .isEqualTo("Locked in");
  }

  private QuizCard ask(ChatUser user, ChatPlace place, String filter) {
    return ask(user, place, new ChatCommand.Quiz(filter));
  }

  private QuizCard ask(ChatUser user, ChatPlace place, ChatCommand command) {
    ChatReply reply = chat.handle(user, place, command);
    assertThat(reply).isInstanceOf(QuizReply.class);
    return ((QuizReply) reply).card();
  }

  private ChatReply answer(ChatUser user, QuizCard card, int choice) {
    return chat.handle(user, GENERAL, new ChatCommand.QuizAnswer(card.roundId(), choice));
  }

  private static Notice notice(ChatReply reply) {
    assertThat(reply).isInstanceOf(Notice.class);
    return (Notice) reply;
  }
}
