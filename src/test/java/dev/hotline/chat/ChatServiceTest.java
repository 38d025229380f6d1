package dev.hotline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotline.answer.AnswerService;
import dev.hotline.testing.MutableClock;
import dev.hotline.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatServiceTest {
  @TempDir static Path dir;
  private static TestCorpus.Answering corpus;
  private static AnswerService answers;

  private final MutableClock clock = new MutableClock(TestCorpus.CLOCK.instant());
  private final List<String> gone = new ArrayList<>();
  private ChatService chat;

  private static final ChatUser ADMIN = new ChatUser("1", "admin", true, Set.of());
  private static final ChatUser MEMBER = new ChatUser("2", "member", false, Set.of("role-helpers"));
  private static final ChatPlace CHANNEL = new ChatPlace(Platform.DISCORD, "guild", "general");
  private static final ChatPlace OTHER_CHANNEL = new ChatPlace(Platform.DISCORD, "guild", "random");

  @BeforeAll
  static void buildIndex() throws IOException {
    corpus = TestCorpus.answering(dir);
    answers = corpus.answers();
  }

  @AfterAll
  static void closeIndex() throws IOException {
    corpus.close();
  }

  @BeforeEach
  void newChat() {
    PlaceLifecycle lifecycle =
        new PlaceLifecycle() {
          @Override
          public void gone(ChatPlace place, String reason) {
            gone.add(place.channelId() + ": " + reason);
          }

          @Override
          public void moved(ChatPlace from, ChatPlace to) {}
        };
    chat =
        new ChatService(
            answers,
            new InMemorySettingsStore(),
            lifecycle,
            daily,
            clock,
            "test",
            ChatMetrics.NONE);
  }

  /** Daily posts kept in a map: the chat layer's side of them, without a scheduler. */
  private final Map<ChatPlace, SubscriptionStatus> subscribed = new HashMap<>();

  private final Subscriptions daily =
      new Subscriptions() {
        @Override
        public SubscriptionStatus subscribe(ChatPlace place, LocalTime time, ZoneId zone) {
          ZonedDateTime next = ZonedDateTime.of(LocalDate.of(2026, 11, 28), time, zone);
          SubscriptionStatus status =
              new SubscriptionStatus(
                  time, zone, true, Optional.empty(), Optional.of(next), Optional.empty());
          subscribed.put(place, status);
          return status;
        }

        @Override
        public Optional<SubscriptionStatus> unsubscribe(ChatPlace place) {
          return Optional.ofNullable(
              subscribed.computeIfPresent(
                  place,
                  (p, s) ->
                      new SubscriptionStatus(
                          s.time(),
                          s.zone(),
                          false,
                          Optional.empty(),
                          Optional.empty(),
                          s.lastPost())));
        }

        @Override
        public Optional<SubscriptionStatus> status(ChatPlace place) {
          return Optional.ofNullable(subscribed.get(place));
        }
      };

  private ChatReply.Notice daily(ChatUser user, ChatPlace place, ChatCommand command) {
    return (ChatReply.Notice) chat.handle(user, place, command);
  }

  private static ChatCommand.DailyOn dailyOn(String time, String zone) {
    return new ChatCommand.DailyOn(Optional.ofNullable(time), Optional.ofNullable(zone));
  }

  private ChatReply ask(ChatUser user, ChatPlace place, String question) {
    return chat.handle(user, place, new ChatCommand.Ask(question, Optional.empty()));
  }

  @Test
  void aQuestionGetsAnAnswerCardWithDateSourceAndAlternatives() {
    ChatReply reply = ask(MEMBER, CHANNEL, "when did the border war happen?");
    AnswerCard card = ((ChatReply.AnswerReply) reply).card();
    assertThat(card.date().orElseThrow().iso()).startsWith("1969");
    assertThat(card.title()).isEqualTo("The Sino-Soviet Split");
    assertThat(card.url()).isEqualTo("https://example.org/split.md");
    assertThat(card.position()).isEqualTo(1);
    assertThat(reply.privately()).isFalse();
  }

  @Test
  void anotherAnswerWalksTheAlternativesAndExpires() {
    AnswerCard first = ((ChatReply.AnswerReply) ask(MEMBER, CHANNEL, "khrushchev")).card();
    assertThat(first.hasAnother()).isTrue();
    AnswerCard second =
        ((ChatReply.AnswerReply)
                chat.handle(MEMBER, CHANNEL, new ChatCommand.AnotherAnswer(first.token())))
            .card();
    assertThat(second.position()).isEqualTo(2);
    assertThat(second.sentence()).isNotEqualTo(first.sentence());
    clock.advance(Duration.ofDays(1));
    ChatReply expired = chat.handle(MEMBER, CHANNEL, new ChatCommand.AnotherAnswer(first.token()));
    assertThat(expired)
        .isInstanceOfSatisfying(
            ChatReply.Notice.class, n -> assertThat(n.title()).contains("expired"));
  }

  @Test
  void aFollowUpIsReadWithTheAskersOwnRecentQuestionHere() {
    ask(MEMBER, CHANNEL, "when did the berlin airlift start");
    clock.advance(Duration.ofSeconds(5));
    AnswerCard followUp = ((ChatReply.AnswerReply) ask(MEMBER, CHANNEL, "when did it end?")).card();
    assertThat(followUp.date().orElseThrow().iso()).isEqualTo("1949-09-30");
    assertThat(followUp.notes()).anySatisfy(n -> assertThat(n).contains("berlin airlift"));

    // Another member, another channel, or the same asker much later: nothing to follow.
    ChatUser other = new ChatUser("3", "other", false, Set.of());
    assertThat(ask(other, CHANNEL, "when did it end?")).isInstanceOf(ChatReply.Notice.class);
    assertThat(ask(MEMBER, OTHER_CHANNEL, "when did it end?")).isInstanceOf(ChatReply.Notice.class);
    clock.advance(Conversations.LIFETIME.plusMinutes(1));
    assertThat(ask(MEMBER, CHANNEL, "when did it end?")).isInstanceOf(ChatReply.Notice.class);
  }

  @Test
  void aQuestionAskedOutsideAConversationNeitherFollowsNorIsFollowed() {
    ask(MEMBER, CHANNEL, "when did the berlin airlift start");
    ChatCommand inline = new ChatCommand.Ask("when did it end?", Optional.empty(), false);
    assertThat(chat.handle(MEMBER, CHANNEL, inline)).isInstanceOf(ChatReply.Notice.class);
    chat.handle(
        MEMBER,
        OTHER_CHANNEL,
        new ChatCommand.Ask("when did the berlin airlift start", Optional.empty(), false));
    assertThat(ask(MEMBER, OTHER_CHANNEL, "when did it end?")).isInstanceOf(ChatReply.Notice.class);
  }

  @Test
  void aMemberAsksABurstOfQuestionsThenIsToldHowLongToWait() {
    for (int i = 0; i < ServerSettings.USER_BURST; i++) {
      assertThat(ask(MEMBER, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
      clock.advance(Duration.ofMillis(500));
    }
    ChatReply again = ask(MEMBER, CHANNEL, "berlin wall");
    assertThat(again)
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> {
              assertThat(n.kind()).isEqualTo(ChatReply.NoticeKind.COOLDOWN);
              assertThat(n.lines().get(0))
                  .matches(
                      "Ask again in \\d+ s\\. You can ask 5 questions in a row, then one"
                          + " every 5 s\\.");
              assertThat(n.privately()).isTrue();
            });
    clock.advance(Duration.ofSeconds(ServerSettings.DEFAULT_USER_COOLDOWN));
    assertThat(ask(MEMBER, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
  }

  @Test
  void aBusyChannelSaysSoAndADirectChatHasNoChannelLimit() {
    for (int i = 0; i < ServerSettings.CHANNEL_BURST; i++) {
      ChatUser asker = new ChatUser("asker-" + i, "asker", false, Set.of());
      assertThat(ask(asker, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
    }
    ChatUser newcomer = new ChatUser("newcomer", "newcomer", false, Set.of());
    assertThat(ask(newcomer, CHANNEL, "berlin wall"))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.lines().get(0)).contains("Many questions here just now"));

    ChatPlace direct = new ChatPlace(Platform.DISCORD, null, "dm-channel");
    for (int i = 0; i <= ServerSettings.CHANNEL_BURST; i++) {
      ChatUser asker = new ChatUser("direct-" + i, "asker", false, Set.of());
      assertThat(ask(asker, direct, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
    }
  }

  @Test
  void aZeroCooldownMeansNoLimit() {
    chat.handle(ADMIN, CHANNEL, new ChatCommand.ChangeSettings(new SettingChange.Cooldowns(0, 0)));
    assertThat(ask(MEMBER, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
    assertThat(ask(MEMBER, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
  }

  @Test
  void onlyModeratorsChangeSettingsAndAConfiguredRoleMakesAModerator() {
    ChatCommand allowGeneral =
        new ChatCommand.ChangeSettings(new SettingChange.AllowChannel("general"));
    assertThat(chat.handle(MEMBER, CHANNEL, allowGeneral))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.kind()).isEqualTo(ChatReply.NoticeKind.REFUSED));
    assertThat(chat.settingsOf(CHANNEL).allowedChannels()).isEmpty();

    chat.handle(
        ADMIN,
        CHANNEL,
        new ChatCommand.ChangeSettings(new SettingChange.ModeratorRole("role-helpers")));
    chat.handle(MEMBER, CHANNEL, allowGeneral);
    assertThat(chat.settingsOf(CHANNEL).allowedChannels()).containsExactly("general");
  }

  @Test
  void anAllowListKeepsHotlineOutOfOtherChannels() {
    chat.handle(
        ADMIN, CHANNEL, new ChatCommand.ChangeSettings(new SettingChange.AllowChannel("general")));
    assertThat(ask(MEMBER, OTHER_CHANNEL, "berlin wall"))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.kind()).isEqualTo(ChatReply.NoticeKind.REFUSED));
    assertThat(ask(MEMBER, CHANNEL, "berlin wall")).isInstanceOf(ChatReply.AnswerReply.class);
  }

  @Test
  void privateByDefaultUnlessTheAskerSaysOtherwise() {
    chat.handle(
        ADMIN, CHANNEL, new ChatCommand.ChangeSettings(new SettingChange.PrivateAnswers(true)));
    assertThat(ask(MEMBER, CHANNEL, "berlin wall").privately()).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(
            chat.handle(MEMBER, CHANNEL, new ChatCommand.Ask("sputnik", Optional.of(false)))
                .privately())
        .isFalse();
  }

  @Test
  void askingWhatHappenedTodayGetsTodaysEvents() {
    for (String question :
        List.of("what happened today?", "on this day", "What happened on this day in history")) {
      clock.advance(Duration.ofMinutes(1));
      // The same reply as /onthisday's (the test articles tell nothing near the test clock's day).
      assertThat(chat.handle(MEMBER, CHANNEL, new ChatCommand.Ask(question, Optional.empty())))
          .as(question)
          .isEqualTo(chat.handle(ADMIN, CHANNEL, new ChatCommand.OnThisDay(Optional.empty())));
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(
            chat.handle(
                MEMBER,
                CHANNEL,
                new ChatCommand.Ask("what happened today in the berlin crisis", Optional.empty())))
        .isNotInstanceOf(ChatReply.DayReply.class);
  }

  @Test
  void onThisDayReadsTheDayInSeveralFormsAndRefusesNonsense() {
    for (String typed : List.of("10-22", "October 22", "22 October", "10/22")) {
      clock.advance(Duration.ofMinutes(1));
      ChatReply reply = chat.handle(MEMBER, CHANNEL, new ChatCommand.OnThisDay(Optional.of(typed)));
      assertThat(reply)
          .as(typed)
          .isInstanceOfSatisfying(
              ChatReply.DayReply.class,
              d -> {
                assertThat(d.card().requested()).isEqualTo(MonthDay.of(10, 22));
                assertThat(d.card().events().get(0).sentence()).contains("October 22, 1962");
              });
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(chat.handle(MEMBER, CHANNEL, new ChatCommand.OnThisDay(Optional.of("13-45"))))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.kind()).isEqualTo(ChatReply.NoticeKind.USER_ERROR));
  }

  @Test
  void helpListsWhoMayUseEachCommand() {
    ChatReply.Notice help = (ChatReply.Notice) chat.handle(MEMBER, CHANNEL, new ChatCommand.Help());
    assertThat(help.lines())
        .anyMatch(l -> l.startsWith("/ask question") && l.endsWith("(everyone)"))
        .anyMatch(l -> l.startsWith("/settings show") && l.endsWith("(moderators)"))
        .anyMatch(l -> l.startsWith("/settings cooldown") && l.endsWith("(moderators)"))
        .anyMatch(l -> l.startsWith("/daily on [HH:mm] [time zone]") && l.endsWith("(moderators)"));
  }

  @Test
  void settingsAndLifecycleFollowAPlaceThatMoves() {
    ChatPlace group = new ChatPlace(Platform.TELEGRAM, "-100", "-100");
    ChatPlace supergroup = new ChatPlace(Platform.TELEGRAM, "-1009", "-1009");
    chat.handle(
        ADMIN, group, new ChatCommand.ChangeSettings(new SettingChange.PrivateAnswers(true)));
    chat.placeMoved(group, supergroup);
    assertThat(chat.settingsOf(supergroup).privateAnswers()).isTrue();
    chat.placeGone(supergroup, "bot was blocked");
    assertThat(gone).containsExactly("-1009: bot was blocked");
  }

  @Test
  void onlyModeratorsTurnDailyPostsOnOrAskTheirStatus() {
    for (ChatCommand command :
        List.of(
            dailyOn("08:00", "Europe/Paris"),
            new ChatCommand.DailyOff(),
            new ChatCommand.DailyStatus())) {
      ChatReply.Notice refused = daily(MEMBER, CHANNEL, command);
      assertThat(refused.kind()).as(command.toString()).isEqualTo(ChatReply.NoticeKind.REFUSED);
    }
    assertThat(subscribed).isEmpty();
    ChatPlace direct = new ChatPlace(Platform.TELEGRAM, null, "555");
    assertThat(daily(MEMBER, direct, dailyOn(null, null)).title())
        .as("in a direct chat the user decides")
        .isEqualTo("Daily posts on");
  }

  @Test
  void dailyOnDefaultsTo9InUtcAndReadsTimeAndZone() {
    daily(ADMIN, CHANNEL, dailyOn(null, null));
    assertThat(subscribed.get(CHANNEL).time()).isEqualTo(LocalTime.of(9, 0));
    assertThat(subscribed.get(CHANNEL).zone()).isEqualTo(ZoneId.of("UTC"));

    ChatReply.Notice on = daily(ADMIN, CHANNEL, dailyOn("7:30", "america/new_york"));
    assertThat(subscribed.get(CHANNEL).zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(on.lines())
        .contains("Posts: every day at 07:30 America/New_York")
        .contains("Next post: Saturday 28 November 2026, 07:30 EST", "Last post: none yet");

    daily(ADMIN, CHANNEL, dailyOn("Europe/Berlin", null));
    assertThat(subscribed.get(CHANNEL).zone())
        .as("a zone typed where the time goes")
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(subscribed.get(CHANNEL).time()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void aBadZoneOrTimeIsExplainedAndChangesNothing() {
    ChatReply.Notice zone = daily(ADMIN, CHANNEL, dailyOn("08:00", "Europe/Pariss"));
    assertThat(zone.kind()).isEqualTo(ChatReply.NoticeKind.USER_ERROR);
    assertThat(zone.lines())
        .containsExactly("Unknown time zone 'Europe/Pariss' — use an IANA name like Europe/Paris");

    ChatReply.Notice time = daily(ADMIN, CHANNEL, dailyOn("25:00", "Europe/Paris"));
    assertThat(time.kind()).isEqualTo(ChatReply.NoticeKind.USER_ERROR);
    assertThat(time.lines().get(0)).contains("'25:00'").contains("HH:mm");
    assertThat(subscribed).isEmpty();
  }

  @Test
  void dailyStatusShowsWhyPostsStopped() {
    assertThat(daily(ADMIN, CHANNEL, new ChatCommand.DailyStatus()).lines().get(0))
        .contains("off here");
    ZonedDateTime last = ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneId.of("Europe/Paris"));
    subscribed.put(
        CHANNEL,
        new SubscriptionStatus(
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Paris"),
            false,
            Optional.of("Hotline may not post in this channel (missing permission)"),
            Optional.empty(),
            Optional.of(last)));
    assertThat(daily(ADMIN, CHANNEL, new ChatCommand.DailyStatus()).lines())
        .containsExactly(
            "Posts: stopped (they were at 09:00 Europe/Paris)",
            "Why: Hotline may not post in this channel (missing permission). Once that is fixed, a"
                + " moderator can turn them on again with /daily on.",
            "Last post: Thursday 26 November 2026, 09:00 CET");
    daily(ADMIN, CHANNEL, new ChatCommand.DailyOff());
    assertThat(subscribed.get(CHANNEL).active()).isFalse();
  }

  @Test
  void withoutDailyPostsTheCommandsSaySo() {
    ChatService console =
        new ChatService(answers, new InMemorySettingsStore(), PlaceLifecycle.NONE, clock, "test");
    ChatReply reply = console.handle(ADMIN, CHANNEL, dailyOn(null, null));
    assertThat(reply)
        .isInstanceOfSatisfying(
            ChatReply.Notice.class, n -> assertThat(n.title()).isEqualTo("No daily posts here"));
  }

  @Test
  void dayCardsCarryTheirPassageAndCanListMore() {
    DayCard card = chat.dayCard(MonthDay.of(10, 22), 20);
    assertThat(card.events()).isNotEmpty().allSatisfy(e -> assertThat(e.passageId()).isNotBlank());
  }

  @Test
  void excerptsCutAtASentenceOrAWord() {
    assertThat(Excerpts.cut("One. Two three. Four.", 16)).isEqualTo("One. Two three.");
    assertThat(Excerpts.cut("averyveryverylongword and more", 10))
        .hasSizeLessThanOrEqualTo(10)
        .endsWith("…");
    assertThat(Excerpts.cut("short", 10)).isEqualTo("short");
  }

  @Test
  void disallowingCannotOpenEveryChannelByAccident() {
    ChatCommand disallowGeneral =
        new ChatCommand.ChangeSettings(new SettingChange.DisallowChannel("general"));
    assertThat(chat.handle(ADMIN, CHANNEL, disallowGeneral))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.title()).isEqualTo("Hotline answers in every channel"));
    chat.handle(
        ADMIN, CHANNEL, new ChatCommand.ChangeSettings(new SettingChange.AllowChannel("general")));
    assertThat(chat.handle(ADMIN, CHANNEL, disallowGeneral))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class,
            n -> assertThat(n.title()).isEqualTo("That is the only channel Hotline answers in"));
    assertThat(chat.settingsOf(CHANNEL).allowedChannels()).containsExactly("general");
  }

  @Test
  void anotherAnswerToAPrivateQuestionStaysPrivate() {
    ChatReply first =
        chat.handle(MEMBER, CHANNEL, new ChatCommand.Ask("khrushchev", Optional.of(true)));
    assertThat(first.privately()).isTrue();
    String token = ((ChatReply.AnswerReply) first).card().token();
    assertThat(chat.handle(MEMBER, CHANNEL, new ChatCommand.AnotherAnswer(token)).privately())
        .isTrue();
  }

  @Test
  void aFailureOnHotlinesSideIsAnApologyNotAnException() {
    SettingsStore broken =
        new SettingsStore() {
          @Override
          public Optional<ServerSettings> find(String serverKey) {
            throw new IllegalStateException("database gone");
          }

          @Override
          public void save(String serverKey, ServerSettings settings) {}

          @Override
          public void move(String fromKey, String toKey) {}
        };
    ChatService failing = new ChatService(answers, broken, PlaceLifecycle.NONE, clock, "test");
    assertThat(
            failing.handle(MEMBER, CHANNEL, new ChatCommand.Ask("berlin wall", Optional.empty())))
        .isInstanceOfSatisfying(
            ChatReply.Notice.class, n -> assertThat(n.title()).isEqualTo("Something went wrong"));
  }
}
