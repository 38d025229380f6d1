package dev.hotline.chat;

import dev.hotline.answer.Answer;
import dev.hotline.answer.AnswerResult;
import dev.hotline.answer.AnswerService;
import dev.hotline.answer.DayEvents;
import dev.hotline.answer.IndexInfo;
import dev.hotline.chat.ChatReply.Notice;
import dev.hotline.chat.ChatReply.NoticeKind;
import dev.hotline.dates.DateExtractor;
import dev.hotline.dates.DateValue;
import java.time.Clock;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All conversation logic, once for every platform: where Hotline may speak, who may change what,
 * cooldowns, and turning answers into cards. Adapters translate to and from it and render.
 */
public final class ChatService {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChatService.class);

  /** Events a day card lists. */
  public static final int DAY_EVENTS = 5;

  private static final Pattern NUMERIC_DAY = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})\\s*$");

  /** Suggestions offered while a question is typed. */
  public static final int MAX_SUGGESTIONS = 25;

  private final AnswerService answers;
  private final SettingsStore settings;
  private final PlaceLifecycle lifecycle;
  private final ChatMetrics metrics;

  /**
   * A question asking only what happened today or on this day ("what happened today?", "on this day
   * in history"): the on-this-day answer, as {@code /onthisday} gives it.
   */
  private static final Pattern TODAY_ASKED =
      Pattern.compile(
          "(?i)(?:(?:what|which events?)\\s+(?:happened|happens|occurred|took place)\\s+)?"
              + "(?:on\\s+)?(?:this\\s+day|today)(?:\\s+in\\s+(?:history|the\\s+cold\\s+war))?"
              + "\\s*[?!.]*");

  private final Clock clock;
  private final String version;
  private final Cooldowns cooldowns;
  private final AnswerMemory memory;
  private final Conversations conversations;
  private final DailyCommands daily;
  private final ChatQuizzes quizzes;
  private final DateExtractor dates = DateExtractor.forQuestions();

  /** A chat layer without daily posts or metrics: for the console and tests. */
  public ChatService(
      AnswerService answers,
      SettingsStore settings,
      PlaceLifecycle lifecycle,
      Clock clock,
      String version) {
    this(answers, settings, lifecycle, Subscriptions.NONE, clock, version, ChatMetrics.NONE);
  }

  public ChatService(
      AnswerService answers,
      SettingsStore settings,
      PlaceLifecycle lifecycle,
      Subscriptions subscriptions,
      Clock clock,
      String version,
      ChatMetrics metrics) {
    this(
        answers,
        settings,
        lifecycle,
        subscriptions,
        ChatQuizzes.unavailable(),
        clock,
        version,
        metrics);
  }

  /** The whole chat layer, quizzes included. */
  public ChatService(
      AnswerService answers,
      SettingsStore settings,
      PlaceLifecycle lifecycle,
      Subscriptions subscriptions,
      ChatQuizzes quizzes,
      Clock clock,
      String version,
      ChatMetrics metrics) {
    this.answers = answers;
    this.settings = settings;
    this.lifecycle = lifecycle;
    this.metrics = metrics;
    this.clock = clock;
    this.version = version;
    this.cooldowns = new Cooldowns(clock);
    this.memory = new AnswerMemory(clock);
    this.conversations = new Conversations(clock);
    this.daily = new DailyCommands(subscriptions);
    this.quizzes = quizzes;
  }

  /** Quizzes, for the adapters' posts, polls and reveals. */
  public ChatQuizzes quizzes() {
    return quizzes;
  }

  /**
   * Handles one command from {@code user} at {@code place}; never throws for anything a user can
   * type.
   */
  public ChatReply handle(ChatUser user, ChatPlace place, ChatCommand command) {
    try {
      return handleChecked(user, place, command);
    } catch (RuntimeException e) {
      // A store or index failure is Hotline's, not the asker's: every adapter gets the same
      // apology.
      // What was asked stays out of the log: it is the user's text.
      LOG.error(
          "Hotline failed on a {} on {} in {} / {}",
          command.getClass().getSimpleName(),
          place.platform(),
          place.direct() ? "(direct chat)" : place.serverId(),
          place.channelId(),
          e);
      return Notice.of(
          NoticeKind.NO_ANSWER,
          "Something went wrong",
          "Hotline could not answer that because of a problem on its side. Try again later.");
    }
  }

  private ChatReply handleChecked(ChatUser user, ChatPlace place, ChatCommand command) {
    ServerSettings server = settingsOf(place);
    boolean moderator = place.direct() || server.isModerator(user);
    if (forModerators(command)) {
      if (!moderator) {
        return Notice.of(
            NoticeKind.REFUSED,
            PlaceWords.onlyModeratorsTitle(place.platform()),
            "Only "
                + PlaceWords.whoModerates(place.platform(), server.moderatorRole() != null)
                + " can see or change Hotline's settings.");
      }
      // Moderators' commands work in any channel: a moderator may set up daily posts where Hotline
      // does not answer.
      return moderate(place, server, command);
    }
    if (!place.direct() && !server.answersIn(place.channelId())) {
      return Notice.of(
          NoticeKind.REFUSED,
          "Not in this channel",
          "Hotline answers only in "
              + PlaceWords.chosenPlaces(place.platform())
              + ". Try one of those, or a direct message.");
    }
    return switch (command) {
      case ChatCommand.Ask ask when TODAY_ASKED.matcher(ask.question().strip()).matches() ->
          withCooldown(user, place, server, () -> onThisDay(Optional.empty()));
      case ChatCommand.Ask ask ->
          withCooldown(
              user, place, server, () -> measured(place, () -> ask(ask, user, server, place)));
      case ChatCommand.AnotherAnswer another -> another(another.token());
      case ChatCommand.OnThisDay day ->
          withCooldown(user, place, server, () -> onThisDay(day.day()));
      case ChatCommand.About about -> about();
      case ChatCommand.Help help -> help(place.platform());
      case ChatCommand.ShowSettings show -> moderate(place, server, show);
      case ChatCommand.ChangeSettings change -> moderate(place, server, change);
      case ChatCommand.DailyOn on -> moderate(place, server, on);
      case ChatCommand.DailyOff off -> moderate(place, server, off);
      case ChatCommand.DailyStatus status -> moderate(place, server, status);
      case ChatCommand.QuizSwitch quizSwitch -> moderate(place, server, quizSwitch);
      case ChatCommand.QuizTime time -> moderate(place, server, time);
      case ChatCommand.QuizReset reset -> moderate(place, server, reset);
      default -> quiz(user, place, server, command);
    };
  }

  private ChatReply quiz(
      ChatUser user, ChatPlace place, ServerSettings server, ChatCommand command) {
    if (!quizzes.offered()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "No quizzes here",
          "Quizzes need Hotline's database; this chat has none.");
    }
    return switch (command) {
      case ChatCommand.Quiz quiz ->
          withCooldown(user, place, server, () -> quizzes.ask(place, quiz.filter()));
      case ChatCommand.QuizAnswer answer ->
          quizzes.answer(user, place, answer.roundId(), answer.choice());
      case ChatCommand.QuizStats stats ->
          withCooldown(user, place, server, () -> quizzes.boards().stats(user, place));
      case ChatCommand.Leaderboard board ->
          withCooldown(user, place, server, () -> quizzes.boards().leaderboard(place));
      case ChatCommand.Study study ->
          withCooldown(user, place, server, () -> quizzes.study(user, place));
      case ChatCommand.StudyStop stop -> quizzes.stopStudy(user, place);
      default -> throw new IllegalArgumentException("not a quiz command: " + command);
    };
  }

  private static boolean forModerators(ChatCommand command) {
    return command instanceof ChatCommand.ChangeSettings
        || command instanceof ChatCommand.ShowSettings
        || command instanceof ChatCommand.DailyOn
        || command instanceof ChatCommand.DailyOff
        || command instanceof ChatCommand.DailyStatus
        || command instanceof ChatCommand.QuizSwitch
        || command instanceof ChatCommand.QuizTime
        || command instanceof ChatCommand.QuizReset;
  }

  private ChatReply moderate(ChatPlace place, ServerSettings server, ChatCommand command) {
    if (!quizzes.offered()
        && (command instanceof ChatCommand.QuizSwitch
            || command instanceof ChatCommand.QuizTime
            || command instanceof ChatCommand.QuizReset)) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "No quizzes here",
          "Quizzes need Hotline's database; this chat has none.");
    }
    return switch (command) {
      case ChatCommand.ChangeSettings change -> change(place, server, change.change());
      case ChatCommand.ShowSettings show -> showSettings(place, server);
      case ChatCommand.QuizSwitch quizSwitch ->
          quizzes.boards().switchQuizzes(place, quizSwitch.on());
      case ChatCommand.QuizTime time -> quizzes.boards().answerTime(place, time.seconds());
      case ChatCommand.QuizReset reset -> quizzes.boards().reset(place);
      default -> daily.handle(place, command);
    };
  }

  /** The day card for a calendar day: for "on this day" replies and the daily posts. */
  public DayCard dayCard(MonthDay day) {
    return dayCard(day, DAY_EVENTS);
  }

  /**
   * The day card with up to {@code limit} events, best first: daily posts take more than a card
   * shows and pick among them the ones a channel has not had lately.
   */
  public DayCard dayCard(MonthDay day, int limit) {
    DayEvents events = answers.onThisDay(day, limit);
    List<DayCard.DayEvent> items = new ArrayList<>();
    for (Answer answer : events.events()) {
      var date = answer.date().orElseThrow();
      items.add(
          new DayCard.DayEvent(
              date.iso(),
              date.value().inWords(),
              answer.sentence(),
              answer.title(),
              answer.source(),
              answer.url(),
              answer.passageId()));
    }
    return new DayCard(day, events.found(), events.exact(), items);
  }

  /** Topics (article titles) containing what has been typed so far, for question autocomplete. */
  public List<String> suggest(String typed) {
    return answers.topics(typed, MAX_SUGGESTIONS);
  }

  /** The adapter found it can no longer post at {@code place}. */
  public void placeGone(ChatPlace place, String reason) {
    lifecycle.gone(place, reason);
  }

  /** A place moved to a new id: its settings and everything else kept for it move too. */
  public void placeMoved(ChatPlace from, ChatPlace to) {
    settings.move(from.settingsKey(), to.settingsKey());
    // A server that allowed only the moved channel must keep answering there under its new id.
    settings
        .find(to.settingsKey())
        .filter(moved -> moved.allowedChannels().contains(from.channelId()))
        .ifPresent(
            moved ->
                settings.save(
                    to.settingsKey(), moved.withChannelRenamed(from.channelId(), to.channelId())));
    lifecycle.moved(from, to);
  }

  /** The settings in force at {@code place}: the server's own, or the defaults. */
  public ServerSettings settingsOf(ChatPlace place) {
    return settings.find(place.settingsKey()).orElse(ServerSettings.defaults());
  }

  private ChatReply withCooldown(
      ChatUser user,
      ChatPlace place,
      ServerSettings server,
      java.util.function.Supplier<ChatReply> work) {
    // A direct chat has one asker: no channel limit there, and the default pace for the user.
    Cooldowns.Pace userPace =
        new Cooldowns.Pace(
            ServerSettings.USER_BURST,
            place.direct() ? ServerSettings.DEFAULT_USER_COOLDOWN : server.userCooldownSeconds());
    Cooldowns.Pace channelPace =
        place.direct()
            ? Cooldowns.Pace.unlimited()
            : new Cooldowns.Pace(ServerSettings.CHANNEL_BURST, server.channelCooldownSeconds());
    Optional<Cooldowns.Wait> wait =
        cooldowns.take(
            place.platform() + ":" + user.id(),
            userPace,
            place.platform() + ":" + place.channelId(),
            channelPace);
    if (wait.isPresent()) {
      return cooldownNotice(wait.get(), userPace);
    }
    return work.get();
  }

  private static ChatReply cooldownNotice(Cooldowns.Wait wait, Cooldowns.Pace userPace) {
    String when = "Ask again in " + wait.seconds() + " s.";
    String why =
        wait.limit() == Cooldowns.Limit.CHANNEL
            ? "Many questions here just now."
            : "You can ask "
                + userPace.burst()
                + " questions in a row, then one every "
                + userPace.seconds()
                + " s.";
    return Notice.of(NoticeKind.COOLDOWN, "One moment", when + " " + why);
  }

  private ChatReply measured(ChatPlace place, java.util.function.Supplier<ChatReply> work) {
    long start = System.nanoTime();
    ChatReply reply = work.get();
    metrics.question(
        place.platform(), reply instanceof ChatReply.AnswerReply, System.nanoTime() - start);
    return reply;
  }

  private ChatReply ask(
      ChatCommand.Ask ask, ChatUser user, ServerSettings server, ChatPlace place) {
    boolean privately = !place.direct() && ask.privately().orElse(server.privateAnswers());
    if (ask.question().isBlank()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Ask me something",
          "Ask a Cold War history question, e.g. \"when did the Berlin Wall fall?\"");
    }
    AnswerResult result =
        ask.inConversation()
            ? answers.answer(ask.question(), conversations.lastAnswered(user, place))
            : answers.answer(ask.question());
    if (!result.answered()) {
      List<String> lines = new ArrayList<>();
      result.notice().ifPresent(lines::add);
      if (!result.suggestions().isEmpty()) {
        lines.add("Perhaps one of these: " + String.join("; ", result.suggestions()));
      }
      return new Notice(NoticeKind.NO_ANSWER, "I don't know", lines, privately);
    }
    if (ask.inConversation()) {
      conversations.answered(user, place, answers.topicOf(result));
    }
    String token = result.answers().size() > 1 ? memory.remember(result, privately) : "";
    return new ChatReply.AnswerReply(card(result, 0, token), privately);
  }

  private ChatReply another(String token) {
    Optional<AnswerMemory.Remembered> next = memory.next(token);
    if (next.isEmpty()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "That answer has expired",
          "Ask the question again for fresh answers.");
    }
    // The next alternative goes where the first answer went: a private answer stays private.
    return new ChatReply.AnswerReply(
        card(next.get().result(), next.get().shown(), token), next.get().privately());
  }

  private AnswerCard card(AnswerResult result, int index, String token) {
    Answer answer = result.answers().get(index);
    Optional<AnswerCard.CardDate> date =
        answer.date().map(d -> AnswerCard.CardDate.of(d, answer.event()));
    return new AnswerCard(
        result.question().original(),
        answer.sentence(),
        answer.passage(),
        date,
        answer.title(),
        answer.source(),
        answer.published(),
        answer.url(),
        index + 1,
        result.answers().size(),
        token,
        result.notice().map(List::of).orElse(List.of()));
  }

  private ChatReply onThisDay(Optional<String> typed) {
    Optional<MonthDay> day =
        typed.filter(t -> !t.isBlank()).map(this::readDay).orElse(Optional.of(MonthDay.now(clock)));
    if (day.isEmpty()) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Which day?",
          "I couldn't read \"" + typed.orElse("") + "\" as a day. Try 07-23 or July 23.");
    }
    DayCard card = dayCard(day.get());
    if (card.events().isEmpty()) {
      return Notice.of(
          NoticeKind.NO_ANSWER,
          "Nothing that week",
          "I know of no event within "
              + AnswerService.NEAREST_DAYS
              + " days of "
              + DateValue.inWords(day.get())
              + ".");
    }
    return new ChatReply.DayReply(card, false);
  }

  private Optional<MonthDay> readDay(String typed) {
    Matcher numeric = NUMERIC_DAY.matcher(typed);
    if (numeric.matches()) {
      try {
        return Optional.of(
            MonthDay.of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2))));
      } catch (java.time.DateTimeException notADay) {
        return Optional.empty();
      }
    }
    return dates.monthDayWithoutYear(typed);
  }

  private ChatReply about() {
    IndexInfo info = answers.indexInfo();
    return Notice.of(
        NoticeKind.INFO,
        "About Hotline",
        "Hotline answers Cold War history questions with a passage from its articles, the event's"
            + " date and the source.",
        "Version: " + version,
        "Library: " + info.articles() + " articles, " + info.passages() + " passages",
        "Index built: " + info.builtAt().map(i -> i.toString().substring(0, 10)).orElse("unknown"),
        "Open source under the Apache License 2.0.");
  }

  private ChatReply help(Platform platform) {
    List<String> lines = new ArrayList<>();
    for (CommandHelp.Entry entry : CommandHelp.all()) {
      lines.add(
          PlaceWords.command(platform, entry.name())
              + (entry.arguments().isEmpty() ? "" : " " + entry.arguments())
              + " — "
              + entry.description()
              + " ("
              + entry.who()
              + ")");
    }
    return new Notice(NoticeKind.INFO, "Hotline commands", lines, true);
  }

  private ChatReply showSettings(ChatPlace place, ServerSettings server) {
    Notice settings = settingsNotice(server);
    if (!quizzes.offered()) {
      return settings;
    }
    List<String> lines = new ArrayList<>(settings.lines());
    lines.add(quizzes.boards().settingsLine(place));
    return new Notice(settings.kind(), settings.title(), lines, settings.privately());
  }

  private static Notice settingsNotice(ServerSettings server) {
    return Notice.of(
        NoticeKind.INFO,
        "Hotline settings",
        "Moderator role: "
            + (server.moderatorRole() == null ? "none (admins only)" : server.moderatorRole()),
        "Channels: "
            + (server.allowedChannels().isEmpty()
                ? "all"
                : String.join(", ", server.allowedChannels())),
        "Answers: " + (server.privateAnswers() ? "private to the asker" : "public"),
        "Cooldowns: "
            + pace("a user", ServerSettings.USER_BURST, server.userCooldownSeconds())
            + "; "
            + pace("a channel", ServerSettings.CHANNEL_BURST, server.channelCooldownSeconds()));
  }

  private static String pace(String who, int burst, int seconds) {
    return seconds == 0
        ? "none for " + who
        : burst + " questions in a row for " + who + ", then one every " + seconds + " s";
  }

  private ChatReply change(ChatPlace place, ServerSettings server, SettingChange change) {
    if (change instanceof SettingChange.Cooldowns c
        && (c.userSeconds() < 0
            || c.channelSeconds() < 0
            || c.userSeconds() > ServerSettings.MAX_COOLDOWN
            || c.channelSeconds() > ServerSettings.MAX_COOLDOWN)) {
      return Notice.of(
          NoticeKind.USER_ERROR,
          "Cooldowns out of range",
          "Cooldowns are whole seconds from 0 to " + ServerSettings.MAX_COOLDOWN + ".");
    }
    if (change instanceof SettingChange.DisallowChannel disallow) {
      if (server.allowedChannels().isEmpty()) {
        return Notice.of(
            NoticeKind.USER_ERROR,
            "Hotline answers in every channel",
            "Choose the channels it answers in with 'allow'; 'disallow' takes one off that list.");
      }
      if (server.allowedChannels().equals(java.util.Set.of(disallow.channelId()))) {
        return Notice.of(
            NoticeKind.USER_ERROR,
            "That is the only channel Hotline answers in",
            "Allow another channel first, or use 'all' to answer everywhere again.");
      }
    }
    ServerSettings updated = server.with(change);
    settings.save(place.settingsKey(), updated);
    return showSettings(place, updated);
  }
}
